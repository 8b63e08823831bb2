using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Queries;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Incidents;

/// <summary>Case work through the bus: each change stored, audited, visible in the incident's details, and done once.</summary>
public sealed class CaseWorkConsumerTests
{
    private const string Playbook = CoordinatorHarness.NoopPlaybook;

    [Fact]
    public async Task CaseWork_CommentTagAssignCloseReopen_EachIsStoredAuditedAndShown()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var incident = await OpenIncidentAsync(harness);

        var comment = await AskAsync(harness, new CommentOnIncident(incident.Id, "alice", "Looking into it"));
        var tagged = await AskAsync(harness, new TagIncident(incident.Id, ["Phishing", "vip"], [], "alice"));
        var assigned = await AskAsync(harness, new AssignIncident(incident.Id, "bob", "alice"));
        var closed = await AskAsync(harness, new CloseIncident(incident.Id, IncidentResolutions.TruePositive, "contained", "bob"));
        var closedAgain = await AskAsync(harness, new CloseIncident(incident.Id, IncidentResolutions.Benign, null, "bob"));

        Assert.Equal(IncidentChangeOutcome.Changed, comment.Outcome);
        Assert.Equal("Looking into it", comment.Comment!.Text);
        Assert.Equal(["phishing", "vip"], tagged.Incident!.Tags);
        Assert.Equal("bob", assigned.Incident!.Assignee);
        Assert.Equal(("closed", "true_positive"), (closed.Incident!.Status, closed.Incident.Resolution));
        Assert.Equal(IncidentChangeOutcome.Conflict, closedAgain.Outcome);

        var details = await harness.Bus.CreateRequestClient<GetIncident>().GetResponse<IncidentDetails>(new GetIncident(incident.Id));
        Assert.Equal("closed", details.Message.Incident!.Status);
        Assert.Equal(["phishing", "vip"], details.Message.Incident.Tags);
        Assert.Equal("alice", Assert.Single(details.Message.Comments).Author);

        var reopened = await AskAsync(harness, new ReopenIncident(incident.Id, "more alerts", "carol"));
        Assert.Equal(("open", (string?)null), (reopened.Incident!.Status, reopened.Incident.Resolution));

        var audit = await harness.Store.ListAuditAsync(incident.Id, null, 0, 500, default);
        Assert.Equal(
            ["incident_commented", "incident_tagged", "incident_assigned", "incident_closed", "incident_reopened"],
            audit.Select(e => e.Kind).Where(k => k.StartsWith("incident_", StringComparison.Ordinal) && k != "incident_opened"));
        Assert.Equal("carol", audit.Single(e => e.Kind == "incident_reopened").Actor);
        Assert.True((await harness.Store.VerifyAuditChainAsync(default)).IsValid);
    }

    [Fact]
    public async Task CaseWork_InvalidOrUnknown_ChangesNothing()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var incident = await OpenIncidentAsync(harness);
        var before = await harness.Store.ListAuditAsync(incident.Id, null, 0, 500, default);

        var invalid = await AskAsync(harness, new TagIncident(incident.Id, ["no spaces allowed"], [], "alice"));
        var unknown = await AskAsync(harness, new CommentOnIncident(Guid.NewGuid(), "alice", "hello"));

        Assert.Equal(IncidentChangeOutcome.Invalid, invalid.Outcome);
        Assert.Equal(IncidentChangeOutcome.NotFound, unknown.Outcome);
        Assert.Equal(incident.Version, (await harness.Store.GetIncidentAsync(incident.Id, default))!.Version);
        Assert.Equal(before.Count, (await harness.Store.ListAuditAsync(incident.Id, null, 0, 500, default)).Count);
    }

    [Fact]
    public async Task Comment_SameMessageDeliveredTwice_IsStoredOnce()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var incident = await OpenIncidentAsync(harness);
        var client = harness.Bus.CreateRequestClient<CommentOnIncident>();
        var messageId = NewId.NextGuid();
        var request = new CommentOnIncident(incident.Id, "alice", "once");

        var first = await client.GetResponse<IncidentChangeResult>(request, x => x.UseExecute(c => c.MessageId = messageId));
        var second = await client.GetResponse<IncidentChangeResult>(request, x => x.UseExecute(c => c.MessageId = messageId));

        Assert.Equal(IncidentChangeOutcome.Changed, first.Message.Outcome);
        Assert.Equal(IncidentChangeOutcome.Unchanged, second.Message.Outcome);
        Assert.Single(await harness.Store.ListIncidentCommentsAsync(incident.Id, default));
    }

    [Fact]
    public async Task Tag_ManyAtOnce_EveryTagLands()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var incident = await OpenIncidentAsync(harness);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => AskAsync(harness, new TagIncident(incident.Id, [$"t{i}"], [], $"analyst{i}"))));

        Assert.All(results, r => Assert.Equal(IncidentChangeOutcome.Changed, r.Outcome));
        var stored = (await harness.Store.GetIncidentAsync(incident.Id, default))!;
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"t{i}").Order(), System.Text.Json.JsonSerializer.Deserialize<List<string>>(stored.TagsJson)!.Order());
        Assert.Equal(incident.Version + 8, stored.Version);
    }

    private static async Task<IncidentRecord> OpenIncidentAsync(CoordinatorHarness harness)
    {
        await harness.Bus.Publish(new AlertReceived(Guid.NewGuid(), "siem", CoordinatorHarness.Finding, "siem", DateTimeOffset.UnixEpoch));
        return await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());
    }

    private static async Task<IncidentChangeResult> AskAsync<T>(CoordinatorHarness harness, T request)
        where T : class =>
        (await harness.Bus.CreateRequestClient<T>().GetResponse<IncidentChangeResult>(request)).Message;
}
