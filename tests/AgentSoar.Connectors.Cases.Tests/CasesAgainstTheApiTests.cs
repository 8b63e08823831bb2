using System.Text.Json;
using AgentSoar.Connectors.Cases.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Cases.Tests;

/// <summary>The cases connector against the real API and Coordinator: each action changes the incident the API shows.</summary>
public sealed class CasesAgainstTheApiTests : IAsyncLifetime
{
    private AgentSoarApi _api = null!;

    public async Task InitializeAsync() => _api = await AgentSoarApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Comment_WithoutIncidentId_LandsOnTheRunsIncidentUnderTheKeysName()
    {
        var incident = await _api.OpenIncidentAsync();
        using var host = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey);

        var result = await host.ExecuteAsync("cases", "comment", new { text = "Blocked 203.0.113.9 at the edge.\nNo further action." }, incidentId: incident);

        Assert.True(result.Succeeded, result.Failed?.Error);
        var comment = Assert.Single((await _api.IncidentAsync(incident)).GetProperty("comments").EnumerateArray());
        Assert.Equal("Blocked 203.0.113.9 at the edge.\nNo further action.", comment.GetProperty("text").GetString());
        Assert.Equal("playbooks", comment.GetProperty("author").GetString());
        Assert.Equal(comment.GetProperty("id").GetGuid(), result.Completed!.Output.GetProperty("comment_id").GetGuid());
    }

    [Fact]
    public async Task Comment_SameIdempotencyKeyTwice_AddsOneComment()
    {
        var incident = await _api.OpenIncidentAsync();

        // Two hosts: the second has not seen the first's result, so the call reaches the API again, as after a crash.
        using (var first = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey))
        {
            Assert.True((await first.ExecuteAsync("cases", "comment", new { text = "once" }, incidentId: incident, idempotencyKey: "exec-1")).Succeeded);
        }

        using var second = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey);
        var again = await second.ExecuteAsync("cases", "comment", new { text = "once" }, incidentId: incident, idempotencyKey: "exec-1");

        Assert.True(again.Succeeded, again.Failed?.Error);
        Assert.Equal(JsonValueKind.Null, again.Completed!.Output.GetProperty("comment_id").ValueKind);
        Assert.Single((await _api.IncidentAsync(incident)).GetProperty("comments").EnumerateArray());
    }

    [Fact]
    public async Task TagAssignCloseReopen_OnAnotherIncident_ChangeThatIncidentAndAreAudited()
    {
        var incident = await _api.OpenIncidentAsync();
        var unrelated = await _api.OpenIncidentAsync();
        using var host = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey);

        var tagged = await host.ExecuteAsync("cases", "tag", new { tags = new[] { "Contained", "c2" }, incident_id = incident }, incidentId: unrelated);
        var untagged = await host.ExecuteAsync("cases", "untag", new { tags = new[] { "c2" }, incident_id = incident }, incidentId: unrelated);
        var assigned = await host.ExecuteAsync("cases", "assign", new { assignee = "tier2", incident_id = incident }, incidentId: unrelated);
        var closed = await host.ExecuteAsync("cases", "close", new { resolution = "true_positive", reason = "contained", incident_id = incident }, incidentId: unrelated);

        Assert.True(tagged.Succeeded && untagged.Succeeded && assigned.Succeeded && closed.Succeeded, string.Join("; ", new[] { tagged, untagged, assigned, closed }.Select(r => r.Failed?.Error)));
        Assert.Equal(["contained"], untagged.Completed!.Output.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("closed", closed.Completed!.Output.GetProperty("status").GetString());
        var shown = (await _api.IncidentAsync(incident)).GetProperty("incident");
        Assert.Equal(("closed", "true_positive", "tier2"), (shown.GetProperty("status").GetString(), shown.GetProperty("resolution").GetString(), shown.GetProperty("assignee").GetString()));
        Assert.Equal("open", (await _api.IncidentAsync(unrelated)).GetProperty("incident").GetProperty("status").GetString());

        var closedAgain = await host.ExecuteAsync("cases", "close", new { resolution = "benign", incident_id = incident }, incidentId: unrelated);
        Assert.Equal(ActionErrorKind.Permanent, closedAgain.Failed!.ErrorKind);
        Assert.Contains("closed already", closedAgain.Failed.Error, StringComparison.Ordinal);

        var reopened = await host.ExecuteAsync("cases", "reopen", new { incident_id = incident }, incidentId: unrelated);
        Assert.Equal("open", reopened.Completed!.Output.GetProperty("status").GetString());
        var kinds = (await _api.AuditAsync(incident)).Where(e => e.GetProperty("actor").GetString() == "playbooks").Select(e => e.GetProperty("kind").GetString());
        Assert.Equal(["incident_tagged", "incident_tagged", "incident_assigned", "incident_closed", "incident_reopened"], kinds);
    }

    [Fact]
    public async Task Refusals_MapToTheFailureKindsTheHostActsOn()
    {
        var incident = await _api.OpenIncidentAsync();
        using var analyst = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey);
        using var ingest = CasesHost.For(_api.Url, AgentSoarApi.IngestKey);
        using var wrongKey = CasesHost.For(_api.Url, "not-a-key-of-this-api-0000");

        var badTag = await analyst.ExecuteAsync("cases", "tag", new { tags = new[] { "no spaces please" } }, incidentId: incident);
        var unknown = await analyst.ExecuteAsync("cases", "comment", new { text = "hi", incident_id = Guid.NewGuid() }, incidentId: incident);
        var forbidden = await ingest.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: incident);
        var unauthenticated = await wrongKey.ExecuteAsync("cases", "comment", new { text = "hi" }, incidentId: incident);
        var test = await ingest.ExecuteAsync("cases", "test", new { }, incidentId: incident);

        Assert.Equal(ActionErrorKind.InvalidInput, badTag.Failed!.ErrorKind);
        Assert.Contains("may only hold", badTag.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(ActionErrorKind.NotFound, unknown.Failed!.ErrorKind);
        Assert.Equal(ActionErrorKind.Unauthorized, forbidden.Failed!.ErrorKind);
        Assert.Equal(ActionErrorKind.Unauthorized, unauthenticated.Failed!.ErrorKind);
        Assert.Equal(ActionErrorKind.Unauthorized, test.Failed!.ErrorKind);
        Assert.Contains("roles (ingest) can't work on cases", test.Failed.Error, StringComparison.Ordinal);
        Assert.Empty((await _api.IncidentAsync(incident)).GetProperty("comments").EnumerateArray());
    }

    [Fact]
    public async Task Test_WithAnAnalystKey_ReportsTheKeysNameAndRoles_AndTheKeyAppearsNowhere()
    {
        var incident = await _api.OpenIncidentAsync();
        using var host = CasesHost.For(_api.Url, AgentSoarApi.AnalystKey);

        var result = await host.ExecuteAsync("cases", "test", new { }, incidentId: incident);
        var failed = await host.ExecuteAsync("cases", "comment", new { text = "" }, incidentId: incident);

        Assert.True(result.Succeeded, result.Failed?.Error);
        Assert.Equal("playbooks", result.Completed!.Output.GetProperty("name").GetString());
        Assert.DoesNotContain(AgentSoarApi.AnalystKey, host.Everything(result), StringComparison.Ordinal);
        Assert.DoesNotContain(AgentSoarApi.AnalystKey, host.Everything(failed), StringComparison.Ordinal);
    }
}
