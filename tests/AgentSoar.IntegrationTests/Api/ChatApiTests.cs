using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>The incident room's chat over the all-in-one API: questions answered, commands turned into gated actions.</summary>
public sealed class ChatApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    [Fact]
    public async Task Chat_ABlockCommand_StartsAGatedActionTheRequesterCannotApprove()
    {
        var incident = await OpenIncidentAsync("198.51.100.61");
        using var alice = fixture.Deployment.Client(TestKeys.Admin);

        using var response = await alice.PostAsync($"/api/v1/incidents/{incident}/chat", new { message = "block 198.51.100.62 for a day" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.BodyAsync(response);
        Assert.Equal("proposal", body.GetProperty("kind").GetString());
        var proposal = body.GetProperty("proposal");
        Assert.Contains("198.51.100.62", proposal.GetProperty("inputs").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("24h", proposal.GetProperty("inputs").GetRawText(), StringComparison.Ordinal);
        var runId = body.GetProperty("run_id").GetString();

        var approval = await Eventually.GetValueAsync("the action to wait for approval", async () =>
        {
            var pending = await alice.GetJsonAsync("/api/v1/approvals?status=pending");
            return pending.EnumerateArray().Where(a => a.GetProperty("run_id").GetString() == runId).Select(a => (JsonElement?)a).FirstOrDefault();
        }, diagnostics: fixture.Deployment.Diagnostics);
        Assert.Equal("alice", approval.GetProperty("proposed_by").GetString());
        Assert.Equal(proposal.GetProperty("connector").GetString(), approval.GetProperty("connector").GetString());

        using var own = await alice.PostAsync($"/api/v1/approvals/{approval.GetProperty("id").GetString()}/decision",
            new { decision = "approve", action_hash = approval.GetProperty("action_hash").GetString() });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);

        using var rita = fixture.Deployment.Client(TestKeys.Responder);
        using var approved = await rita.PostAsync($"/api/v1/approvals/{approval.GetProperty("id").GetString()}/decision",
            new { decision = "approve", action_hash = approval.GetProperty("action_hash").GetString() });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var run = await Eventually.GetValueAsync("the chat action to finish", async () =>
        {
            var r = await alice.GetJsonAsync($"/api/v1/runs/{runId}");
            return r.GetProperty("status").GetString() is "succeeded" or "failed" ? (JsonElement?)r : null;
        }, diagnostics: fixture.Deployment.Diagnostics);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("chat-action", run.GetProperty("playbook_id").GetString());
    }

    [Fact]
    public async Task Chat_QuestionsAreAnsweredFromTheIncidentsRecord()
    {
        var incident = await OpenIncidentAsync("198.51.100.63");
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);
        await Eventually.GetValueAsync("a plan", async () =>
        {
            var d = await bob.GetJsonAsync($"/api/v1/incidents/{incident}");
            return d.GetProperty("plans").GetArrayLength() > 0 && d.GetProperty("runs").GetArrayLength() > 0 ? (JsonElement?)d : null;
        }, diagnostics: fixture.Deployment.Diagnostics);

        var why = await AskAsync(bob, incident, "why did you pick this?");
        var ran = await AskAsync(bob, incident, "what ran here?");
        var nonsense = await AskAsync(bob, incident, "block banana");

        Assert.Equal("answer", why.GetProperty("kind").GetString());
        Assert.Contains("block-malicious-ip", why.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("block-malicious-ip v2", ran.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("not_understood", nonsense.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Chat_AnAnalystAskingForAHighRiskAction_IsRefusedAndNothingStarts()
    {
        var incident = await OpenIncidentAsync("198.51.100.64");
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);

        using var response = await bob.PostAsync($"/api/v1/incidents/{incident}/chat", new { message = "isolate host ws-042" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("needs the responder role", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var runs = (await bob.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("runs");
        Assert.DoesNotContain(runs.EnumerateArray(), r => r.GetProperty("playbook_id").GetString() == "chat-action");
    }

    private static async Task<JsonElement> AskAsync(ApiClient api, string incident, string message)
    {
        using var response = await api.PostAsync($"/api/v1/incidents/{incident}/chat", new { message });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await ApiClient.BodyAsync(response);
    }

    private async Task<string> OpenIncidentAsync(string ip) =>
        (await Incidents.OpenAsync(fixture.Deployment, Alerts.C2Beacon(ip))).IncidentId;
}
