using System.Text.Json;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Runs;

namespace AgentSoar.Coordinator.Tests.Runs;

/// <summary>Every message may arrive twice; the second time changes nothing.</summary>
public sealed class RedeliveryTests
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: enrich-and-tag, name: Enrich and tag }
        steps:
          - id: enrich
            action: intel.lookup
            with: { ip: "${{ first_observable(alert, 'ip') }}" }
          - id: tag
            action: intel.tag
            with: { verdict: "${{ steps.enrich.output.verdict }}" }
        """;

    private static readonly JsonElement Finding = JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        severity_id = 3,
        time = 1,
        metadata = new { product = new { name = "test" } },
        finding_info = new { uid = "f-1", title = "Beacon" },
        observables = new[] { new { type_id = 2, value = "203.0.113.5" } },
    });

    [Fact]
    public async Task AlertPlanAndResult_EachDeliveredTwice_HaveOneEffect()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var alert = new AlertReceived(Guid.NewGuid(), "siem", Finding, "siem", DateTimeOffset.UnixEpoch);

        await harness.Bus.Publish(alert);
        await harness.Bus.Publish(alert);
        var incident = await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());

        var plan = new PlanProposed(incident.Id, alert.AlertId, "rules", null,
            [new PlanCandidate("enrich-and-tag", 1, JsonSerializer.SerializeToElement(new { }), 0.9, "test", [])], TimeSpan.Zero, DateTimeOffset.UnixEpoch);
        await harness.Bus.Publish(plan);
        await harness.Bus.Publish(plan);
        var run = await harness.WaitForAsync("a run", async () => (await harness.Store.ListRunsAsync(incident.Id, 10, default)).SingleOrDefault());

        var state = RunStateJson.FromRecord(run);
        var enrich = state.FindStep("enrich")!;
        var completed = new ActionCompleted(enrich.ExecutionId!.Value, run.Id, incident.Id, "enrich", "intel", "lookup",
            JsonSerializer.SerializeToElement(new { verdict = "malicious" }), false, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        await harness.Bus.Publish(completed);
        await harness.Bus.Publish(completed);
        await harness.WaitForAsync("the tag step", async () =>
            RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("tag"));
        await Task.Delay(500); // room for a wrongly applied duplicate to land

        Assert.Single(await harness.Store.ListIncidentsAsync(10, default));
        Assert.Single(await harness.Store.ListAlertsAsync(incident.Id, default));
        Assert.Single(await harness.Store.ListPlansAsync(incident.Id, default));
        Assert.Single(await harness.Store.ListRunsAsync(incident.Id, 10, default));
        var audit = await harness.Store.ListAuditAsync(incident.Id, null, 0, 500, default);
        Assert.Single(audit, e => e.Kind == "alert_received");
        Assert.Single(audit, e => e.Kind == "run_started");
        Assert.Single(audit, e => e.Kind == "action_succeeded");
        Assert.Single(audit, e => e.Kind == "action_dispatched" && e.StepId == "tag");
        var tag = RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("tag")!;
        Assert.Equal("malicious", tag.Inputs!["verdict"]!.GetValue<string>());
        Assert.True((await harness.Store.VerifyAuditChainAsync(default)).IsValid);
    }

    [Fact]
    public async Task Plan_UnknownPlaybook_IsRecordedAsRefusedAndStartsNothing()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var alert = new AlertReceived(Guid.NewGuid(), "siem", Finding, "siem", DateTimeOffset.UnixEpoch);
        await harness.Bus.Publish(alert);
        var incident = await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());

        await harness.Bus.Publish(new PlanProposed(incident.Id, alert.AlertId, "llm", "m",
            [new PlanCandidate("invented-playbook", 1, JsonSerializer.SerializeToElement(new { }), 0.99, "trust me", [])], TimeSpan.Zero, DateTimeOffset.UnixEpoch));
        var plan = await harness.WaitForAsync("the plan", async () => (await harness.Store.ListPlansAsync(incident.Id, default)).SingleOrDefault());

        using var decision = JsonDocument.Parse(plan.DecisionJson);
        Assert.Equal("none", decision.RootElement.GetProperty("action").GetString());
        Assert.Contains("no playbook 'invented-playbook'", decision.RootElement.GetProperty("candidates")[0].GetProperty("refused").GetString(), StringComparison.Ordinal);
        Assert.Empty(await harness.Store.ListRunsAsync(incident.Id, 10, default));
    }
}
