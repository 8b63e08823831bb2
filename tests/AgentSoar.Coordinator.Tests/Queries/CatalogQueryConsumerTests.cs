using System.Text.Json;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Queries;
using AgentSoar.Coordinator.Runs;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Queries;

/// <summary>The playbooks and connectors as the console and the API ask for them over the bus.</summary>
public sealed class CatalogQueryConsumerTests
{
    private const string GatedPlaybook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: tag-gated, name: Tag with approval, version: 3, description: Tags after a yes., tags: [containment] }
        triggers:
          - match: "${{ alert.severity_id >= 3 }}"
        steps:
          - id: look
            action: intel.lookup
          - id: tag
            action: intel.tag
            with: { label: "secret: not-a-secret-just-text" }
            approval: { approvers: 1 }
        """;

    [Fact]
    public async Task GetPlaybooks_PlaybooksInServiceAndARefusedFile_ListsEachWithTriggersRiskAndRecentRuns()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook, GatedPlaybook, "metadata: { id: broken }\n");
        await harness.StartRunAsync("noop");

        var list = await AskAsync<GetPlaybooks, PlaybookList>(harness, new GetPlaybooks());

        Assert.Equal(["noop", "tag-gated"], list.Playbooks.Select(p => p.Id));
        var gated = list.Playbooks[1];
        Assert.Equal(("Tag with approval", 3, "Tags after a yes."), (gated.Name, gated.Version, gated.Description));
        Assert.Equal(["alert.severity_id >= 3"], gated.Triggers);
        Assert.Equal(RiskLevel.Low, gated.Risk.Highest);
        Assert.Equal([("look", false, false), ("tag", true, true)], gated.Risk.Actions.Select(a => (a.StepId, a.Mutating!.Value, a.AsksApproval)));
        Assert.Equal((0, true), (gated.RecentRuns, gated.Valid));
        Assert.Equal(1, list.Playbooks[0].RecentRuns);
        var refused = Assert.Single(list.Refused.Select(p => p.File).Distinct());
        Assert.Equal("more-1.yaml", refused);
        Assert.All(list.Refused, p => Assert.Equal("error", p.Severity));
    }

    [Fact]
    public async Task GetPlaybook_FileChangedAndRefused_ShowsTheNewTextItsErrorsAtLineAndColumnAndTheVersionStillInService()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        var (_, run) = await harness.StartRunAsync("noop");
        var broken = CoordinatorHarness.NoopPlaybook.Replace("action: intel.lookup", "action: intel.lookup\n    retry: sometimes", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(harness.PlaybooksFolder, "test.yaml"), broken);
        await harness.WaitForAsync("the reload to refuse the file", () => Task.FromResult(harness.Playbooks.Diagnostics.Count > 0 ? "refused" : null));

        var details = (await AskAsync<GetPlaybook, PlaybookDetails>(harness, new GetPlaybook("noop"))).Playbook!;

        Assert.Equal(("test.yaml", false, false), (details.File, details.Summary.Valid, details.SourceInService));
        Assert.Equal(broken, details.Source);
        var error = Assert.Single(details.Problems, p => p.Severity == "error");
        Assert.Equal(("test.yaml", 7), (error.File, error.Line));
        Assert.True(error.Column > 0);
        var version = Assert.Single(details.Versions);
        Assert.Equal((true, 1, run.PlaybookHash), (version.InService, version.Runs, version.ContentHash));
        Assert.Equal(run.Id, Assert.Single(details.RecentRuns).Id);
    }

    [Fact]
    public async Task GetPlaybook_InputTheAnnouncedActionDoesNotTake_IsAWarningAndThePlaybookStaysValid()
    {
        // The harness's intel.lookup declares no inputs, and the no-op playbook passes it "value".
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);

        var details = (await AskAsync<GetPlaybook, PlaybookDetails>(harness, new GetPlaybook("noop"))).Playbook!;

        var warning = Assert.Single(details.Problems);
        Assert.Equal(("warning", 7), (warning.Severity, warning.Line));
        Assert.Contains("value", warning.Message, StringComparison.Ordinal);
        Assert.True(details.Summary.Valid);
        Assert.True(details.SourceInService);
    }

    [Fact]
    public async Task GetPlaybook_NotInService_AnswersNull()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);

        var details = await AskAsync<GetPlaybook, PlaybookDetails>(harness, new GetPlaybook("nope"));

        Assert.Null(details.Playbook);
    }

    [Fact]
    public async Task GetConnectors_AnnouncedConnectorAfterAnActionSucceeded_ListsItsActionsHostAndActivity()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        var (incident, run) = await harness.StartRunAsync("noop");
        var look = RunStateJson.FromRecord(run).FindStep("look")!;
        await harness.Bus.Publish(new ActionCompleted(look.ExecutionId!.Value, run.Id, incident.Id, "look", "intel", "lookup",
            JsonSerializer.SerializeToElement(new { verdict = "benign" }), false, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(1)));
        await harness.WaitForAsync("the run to finish", async () =>
            RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).Status.ToString() == "Succeeded" ? "done" : null);

        var list = await AskAsync<GetConnectors, ConnectorList>(harness, new GetConnectors());

        var intel = Assert.Single(list.Connectors);
        Assert.Equal(("intel", "test", DateTimeOffset.UnixEpoch, true), (intel.Name, intel.HostId, intel.LastSeenAt, intel.Simulated));
        Assert.Equal(["lookup", "tag", "untag"], intel.Actions.Select(a => a.Name));
        Assert.Equal("untag", intel.Actions[1].UndoAction);
        Assert.Equal((1, 0, "succeeded"), (intel.Activity.Succeeded, intel.Activity.Failed, intel.Activity.LastStatus));
    }

    private static async Task<TResponse> AskAsync<TRequest, TResponse>(CoordinatorHarness harness, TRequest request)
        where TRequest : class
        where TResponse : class =>
        (await harness.Bus.CreateRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;
}
