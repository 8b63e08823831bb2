using System.Text.Json;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Runs;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Runs;

/// <summary>A finished run rolled back through the bus: the undo is dispatched with the inputs it declares.</summary>
public sealed class RollbackRunTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: tag-it, name: Tag it }
        steps:
          - id: tag
            action: intel.tag
            with: { label: c2, note: "kept out of the undo" }
        """;

    [Fact]
    public async Task Rollback_FinishedRun_DispatchesTheUndoAndRefusesASecondRequest()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var (incident, run) = await harness.StartRunAsync("tag-it");
        var rollback = harness.Bus.CreateRequestClient<RollbackRun>();

        var tooEarly = await rollback.GetResponse<RollbackRunResult>(new RollbackRun(run.Id, "carol", "false positive"));
        Assert.Equal(409, tooEarly.Message.StatusCode);

        var tag = RunStateJson.FromRecord(run).FindStep("tag")!;
        await harness.Bus.Publish(new ActionCompleted(tag.ExecutionId!.Value, run.Id, incident.Id, "tag", "intel", "tag",
            JsonSerializer.SerializeToElement(new { tag_id = "t-9" }), false, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        await harness.WaitForAsync("the run to finish", async () =>
        {
            var state = RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!);
            return state.Status.IsFinal() ? state : null;
        });

        var accepted = await rollback.GetResponse<RollbackRunResult>(new RollbackRun(run.Id, "carol", "false positive"));
        Assert.True(accepted.Message.Accepted);
        var undo = await harness.WaitForAsync("the undo step", async () =>
            RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("rollback:tag"));
        Assert.Equal(("intel", "untag"), (undo.Connector, undo.Action));
        Assert.Equal("""{"label":"c2","tag_id":"t-9"}""", undo.Inputs!.ToJsonString());

        var again = await rollback.GetResponse<RollbackRunResult>(new RollbackRun(run.Id, "dave", null));
        Assert.Equal(409, again.Message.StatusCode);
        var audit = await harness.Store.ListAuditAsync(incident.Id, run.Id, 0, 500, default);
        Assert.Single(audit, e => e.Kind == "rollback_requested");
    }
}
