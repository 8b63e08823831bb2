using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>What each role may do: analysts work cases and run low-risk playbooks; responders also approve, run anything and roll back.</summary>
public sealed class RoleApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    [Fact]
    public async Task StartRun_AnalystAndALowRiskPlaybook_Starts()
    {
        var incident = await OpenIncidentAsync("198.51.100.71");
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);

        using var response = await bob.PostAsync($"/api/v1/incidents/{incident}/runs", new { playbook = "enrich-ips", inputs = new { ips = new[] { "198.51.100.71" } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_AnalystAndAPlaybookThatBlocks_IsForbiddenNamingTheActionAndStartsNothing()
    {
        var incident = await OpenIncidentAsync("198.51.100.72");
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);
        var before = await RunCountAsync(bob, incident);

        using var response = await bob.PostAsync($"/api/v1/incidents/{incident}/runs", new { playbook = "block-malicious-ip" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("simulation.block_ip (high risk)", problem, StringComparison.Ordinal);
        Assert.Contains("a responder must run it", problem, StringComparison.Ordinal);
        Assert.Equal(before, await RunCountAsync(bob, incident));

        using var rita = fixture.Deployment.Client(TestKeys.Responder);
        using var responder = await rita.PostAsync($"/api/v1/incidents/{incident}/runs", new { playbook = "block-malicious-ip" });
        Assert.Equal(HttpStatusCode.Created, responder.StatusCode);
    }

    [Fact]
    public async Task Decide_Analyst_IsForbiddenAndTheApprovalStaysPending()
    {
        var incident = await OpenIncidentAsync("198.51.100.73");
        using var alice = fixture.Deployment.Client(TestKeys.Admin);
        using (var asked = await alice.PostAsync($"/api/v1/incidents/{incident}/chat", new { message = "block 198.51.100.74 for 1h" }))
        {
            Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        }

        var approval = await Eventually.GetValueAsync("an approval on the incident", async () =>
        {
            var list = await alice.GetJsonAsync($"/api/v1/approvals?incident={incident}");
            return list.EnumerateArray().Where(a => a.GetProperty("inputs").GetRawText().Contains("198.51.100.74", StringComparison.Ordinal)).Select(a => (JsonElement?)a).FirstOrDefault();
        }, diagnostics: fixture.Deployment.Diagnostics);
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);

        using var response = await bob.PostAsync($"/api/v1/approvals/{approval.GetProperty("id").GetString()}/decision",
            new { decision = "approve", action_hash = approval.GetProperty("action_hash").GetString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await alice.GetJsonAsync($"/api/v1/approvals?incident={incident}");
        Assert.Equal("pending", after.EnumerateArray().Single(a => a.GetProperty("id").GetString() == approval.GetProperty("id").GetString()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rollback_Analyst_IsForbidden()
    {
        using var bob = fixture.Deployment.Client(TestKeys.Analyst);

        using var response = await bob.PostAsync($"/api/v1/runs/{Guid.NewGuid()}/rollback", new { reason = "try" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<int> RunCountAsync(ApiClient api, string incident) =>
        (await api.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("runs").GetArrayLength();

    private async Task<string> OpenIncidentAsync(string ip) =>
        (await Incidents.OpenAsync(fixture.Deployment, Alerts.C2Beacon(ip))).IncidentId;
}
