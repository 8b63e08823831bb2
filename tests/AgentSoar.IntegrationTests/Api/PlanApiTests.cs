using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>Plans the planner only proposes (here: any playbook but block-malicious-ip), run or dismissed by a person, once.</summary>
public sealed class PlanApiTests : IAsyncLifetime
{
    private AllInOneDeployment _deployment = null!;

    public async Task InitializeAsync() =>
        _deployment = await AllInOneDeployment.StartAsync(new Dictionary<string, string> { ["AgentSoar__Coordinator__AutoStartPlaybooks__0"] = "block-malicious-ip" });

    public async Task DisposeAsync() => await _deployment.DisposeAsync();

    [Fact]
    public async Task RunPlan_TwoPeopleAtOnce_StartsOneRunAndTheSecondIsTold()
    {
        var (incident, plan) = await ProposedPlanAsync("198.51.100.81");
        using var bob = _deployment.Client(TestKeys.Analyst);
        using var rita = _deployment.Client(TestKeys.Responder);

        var responses = await Task.WhenAll(
            bob.PostAsync($"/api/v1/plans/{plan}/run", new { reason = "worth a look" }),
            rita.PostAsync($"/api/v1/plans/{plan}/run", new { }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("already run by", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var details = await bob.GetJsonAsync($"/api/v1/incidents/{incident}");
        var run = Assert.Single(details.GetProperty("runs").EnumerateArray());
        Assert.Equal("enrichment-only-triage", run.GetProperty("playbook_id").GetString());
        var outcome = details.GetProperty("plans")[0].GetProperty("outcome");
        Assert.Equal("run", outcome.GetProperty("action").GetString());
        Assert.Equal(run.GetProperty("id").GetString(), outcome.GetProperty("run_id").GetString());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task DismissPlan_ThenRun_IsRefusedAndNothingRuns()
    {
        var (incident, plan) = await ProposedPlanAsync("198.51.100.82");
        using var bob = _deployment.Client(TestKeys.Analyst);

        using var dismissed = await bob.PostAsync($"/api/v1/plans/{plan}/dismiss", new { reason = "our own scanner" });
        using var run = await bob.PostAsync($"/api/v1/plans/{plan}/run", new { });

        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, run.StatusCode);
        Assert.Contains("already dismissed by bob", await run.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var details = await bob.GetJsonAsync($"/api/v1/incidents/{incident}");
        Assert.Equal(0, details.GetProperty("runs").GetArrayLength());
        Assert.Equal("our own scanner", details.GetProperty("plans")[0].GetProperty("outcome").GetProperty("reason").GetString());
        var audit = await bob.GetJsonAsync($"/api/v1/audit?incident={incident}&kind=plan_dismissed");
        Assert.Equal("bob", Assert.Single(audit.GetProperty("entries").EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task RunPlan_AutoStartedPlanOrUnknownPlan_IsRefused()
    {
        var (_, incident) = await Incidents.OpenAsync(_deployment, Alerts.C2Beacon("198.51.100.83"));
        using var rita = _deployment.Client(TestKeys.Responder);
        var plan = await Eventually.GetAsync("the auto-started plan", async () =>
        {
            var plans = (await rita.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("plans");
            return plans.GetArrayLength() > 0 ? plans[0].GetProperty("id").GetString() : null;
        }, diagnostics: _deployment.Diagnostics);

        using var autoStarted = await rita.PostAsync($"/api/v1/plans/{plan}/run", new { });
        using var unknown = await rita.PostAsync($"/api/v1/plans/{Guid.NewGuid()}/dismiss", new { });

        Assert.Equal(HttpStatusCode.Conflict, autoStarted.StatusCode);
        Assert.Contains("auto_started", await autoStarted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<(string Incident, string Plan)> ProposedPlanAsync(string ip)
    {
        var (_, incident) = await Incidents.OpenAsync(_deployment, Alerts.PortScan(ip));
        using var reader = _deployment.Client(TestKeys.Analyst);
        return await Eventually.GetValueAsync("a proposed plan", async () =>
        {
            var plans = (await reader.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("plans");
            if (plans.GetArrayLength() == 0)
            {
                return ((string, string)?)null;
            }

            var decision = plans[0].GetProperty("decision");
            Assert.Equal("proposed", decision.GetProperty("action").GetString());
            Assert.Equal("enrichment-only-triage", decision.GetProperty("candidates")[0].GetProperty("playbook_id").GetString());
            return (incident, plans[0].GetProperty("id").GetString()!);
        }, diagnostics: _deployment.Diagnostics);
    }
}
