using System.Text.Json;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Queries;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Queries;

/// <summary>The incident list's ATT&amp;CK tactics and the audit trail's actor and kind filters, asked over the bus.</summary>
public sealed class IncidentAndAuditQueryTests
{
    private static readonly JsonElement FindingWithTactics = JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        severity_id = 4,
        time = 1,
        metadata = new { product = new { name = "test" } },
        finding_info = new
        {
            uid = "f-tactics",
            title = "Dumped credentials, then moved",
            attacks = new object[]
            {
                new { technique = new { uid = "T1003" }, tactic = new { uid = "TA0006", name = "Credential Access" } },
                new { technique = new { uid = "T1021" }, tactics = new[] { new { uid = "TA0008", name = "Lateral Movement" }, new { uid = "TA0006", name = "Credential Access" } } },
            },
        },
    });

    [Fact]
    public async Task GetIncidents_AlertsNameTactics_EachIncidentCarriesItsTacticsOnce()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        await harness.Bus.Publish(new AlertReceived(Guid.NewGuid(), "siem", FindingWithTactics, "siem", DateTimeOffset.UnixEpoch));
        await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());

        var list = await AskAsync<GetIncidents, IncidentList>(harness, new GetIncidents(10));

        Assert.Equal(["Credential Access", "Lateral Movement"], Assert.Single(list.Incidents).Tactics);
    }

    [Fact]
    public async Task GetIncidents_AlertWithTacticsJoinsAnIncidentListedBefore_TheIncidentNowCarriesThem()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        var incident = await OpenIncidentAsync(harness);
        Assert.Empty(Assert.Single((await AskAsync<GetIncidents, IncidentList>(harness, new GetIncidents(10))).Incidents).Tactics);

        // The same IP observable: intake groups it into the open incident.
        var repeat = JsonSerializer.SerializeToElement(new
        {
            class_uid = 2004,
            severity_id = 3,
            time = 2,
            metadata = new { product = new { name = "test" } },
            finding_info = new { uid = "f-2", title = "Beacon again", attacks = new[] { new { tactic = new { uid = "TA0011", name = "Command and Control" } } } },
            observables = new[] { new { type_id = 2, value = "203.0.113.5" } },
        });
        await harness.Bus.Publish(new AlertReceived(Guid.NewGuid(), "siem", repeat, "siem", DateTimeOffset.UnixEpoch));
        await harness.WaitForAsync("the alert to join the incident", async () => (await harness.Store.ListAlertsAsync(incident.Id, default)).Count == 2 ? "joined" : null);

        var list = await AskAsync<GetIncidents, IncidentList>(harness, new GetIncidents(10));

        Assert.Equal(["Command and Control"], Assert.Single(list.Incidents).Tactics);
    }

    [Fact]
    public async Task GetIncidents_IncidentWithoutAttackTags_HasNoTactics()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        await OpenIncidentAsync(harness);

        var list = await AskAsync<GetIncidents, IncidentList>(harness, new GetIncidents(10));

        Assert.Empty(Assert.Single(list.Incidents).Tactics);
    }

    [Fact]
    public async Task GetAudit_ByActorAndByKindWithVerification_ListsOnlyMatchesAndTheChainVerified()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        var incident = await OpenIncidentAsync(harness);
        await AskAsync<CommentOnIncident, IncidentChangeResult>(harness, new CommentOnIncident(incident.Id, "alice", "first"));
        await AskAsync<AssignIncident, IncidentChangeResult>(harness, new AssignIncident(incident.Id, "bob", "Bob"));
        await AskAsync<CommentOnIncident, IncidentChangeResult>(harness, new CommentOnIncident(incident.Id, "alice", "second"));

        var byBob = await AskAsync<GetAudit, AuditList>(harness, new GetAudit(incident.Id, null, 0, 100, false) { Actor = "BOB" });
        var comments = await AskAsync<GetAudit, AuditList>(harness, new GetAudit(null, null, 0, 100, true) { Kind = "incident_commented" });
        var firstOnly = await AskAsync<GetAudit, AuditList>(harness, new GetAudit(null, null, 0, 1, false) { Kind = "incident_commented" });

        Assert.Equal(["incident_assigned"], byBob.Entries.Select(e => e.Kind));
        Assert.Null(byBob.ChainValid);
        Assert.Equal([("alice", "incident_commented"), ("alice", "incident_commented")], comments.Entries.Select(e => (e.Actor, e.Kind)));
        Assert.True(comments.ChainValid);
        Assert.Equal((await harness.Store.ListAuditAsync(null, null, 0, 500, default)).Count, comments.ChainEntriesChecked);
        Assert.Null(comments.ChainBrokenAt);
        Assert.Equal(comments.Entries[0].Sequence, Assert.Single(firstOnly.Entries).Sequence);
    }

    [Fact]
    public async Task GetAudit_ByActorBeyondTheStoresPageSize_ReadsOnAndPagesByTheLastSequence()
    {
        await using var harness = await CoordinatorHarness.StartAsync(CoordinatorHarness.NoopPlaybook);
        var start = (await harness.Store.ListAuditAsync(null, null, 0, 500, default)).Count;
        await using (var tx = await harness.Store.BeginAsync(default))
        {
            // The matches sit either side of the store's 500-entry pages, and in the last one.
            for (var i = 1; i <= 1100; i++)
            {
                var actor = i is 10 or 700 or 1090 ? "needle" : "noise";
                tx.AppendAudit(new AuditDraft(DateTimeOffset.UnixEpoch, actor, "test_entry", null, null, null, "{}"));
            }

            await tx.CommitAsync(default);
        }

        var first = await AskAsync<GetAudit, AuditList>(harness, new GetAudit(null, null, 0, 2, false) { Actor = "needle" });
        var next = await AskAsync<GetAudit, AuditList>(harness, new GetAudit(null, null, first.Entries[^1].Sequence, 2, false) { Actor = "needle" });

        Assert.Equal([start + 10L, start + 700L], first.Entries.Select(e => e.Sequence));
        Assert.Equal([start + 1090L], next.Entries.Select(e => e.Sequence));
    }

    private static async Task<IncidentRecord> OpenIncidentAsync(CoordinatorHarness harness)
    {
        await harness.Bus.Publish(new AlertReceived(Guid.NewGuid(), "siem", CoordinatorHarness.Finding, "siem", DateTimeOffset.UnixEpoch));
        return await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());
    }

    private static async Task<TResponse> AskAsync<TRequest, TResponse>(CoordinatorHarness harness, TRequest request)
        where TRequest : class
        where TResponse : class =>
        (await harness.Bus.CreateRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;
}
