using System.Text.Json;
using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Pages;

/// <summary>The audit trail with its chain verified and its filters, and a completed run's trace reached from the incident room.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AuditAndRunPagesTests(ConsoleFixture console)
{
    [Fact]
    public async Task Audit_FilteredByIncident_ShowsTheChainVerifiedAndOnlyThatIncidentsEntries()
    {
        var first = await OpenIncidentAsync("198.18.1." + Random.Shared.Next(2, 250));
        var other = await OpenIncidentAsync("198.18.2." + Random.Shared.Next(2, 250));
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync("/audit");
        Assert.Contains("hash chain verified", await page.Locator("[data-chain='verified']").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("input[name='incident']").FillAsync(first.Id);
        await page.Locator("form.filters button[type='submit']").ClickAsync();
        await page.WaitForURLAsync($"**/audit?*incident={first.Id}*", SignIn.CommitOnly);

        var links = await page.Locator("table.audit-entries a[href^='incidents/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal($"incidents/{first.Id}", href));
        Assert.DoesNotContain($"incidents/{other.Id}", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-chain='verified']").CountAsync());
        await Screenshots.SaveAsync(page, "audit");

        await page.GotoAsync($"/audit?incident={first.Id}&kind=incident_opened");
        Assert.Equal(1, await page.Locator("table.audit-entries tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RunTrace_CompletedRunOpenedFromTheRoom_ShowsItsStepsTheBranchAndWhy()
    {
        // 192.0.2.0/24 is "suspicious" to the simulated intelligence: block-malicious-ip enriches, takes its else branch and comments.
        var incident = await OpenIncidentAsync("192.0.2." + Random.Shared.Next(2, 250));
        using var api = console.Deployment.Client(TestKeys.Analyst);
        await Eventually.GetAsync("the run to succeed", async () =>
            (await api.GetJsonAsync($"/api/v1/runs?incident={incident.Id}")).EnumerateArray()
                .Any(r => r.GetProperty("status").GetString() == "succeeded") ? "done" : null, diagnostics: console.Deployment.Diagnostics);
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync($"/incidents/{incident.Id}");
        await page.Locator(".card.run a.trace-link").First.ClickAsync();
        await page.WaitForURLAsync("**/runs/*", SignIn.CommitOnly);

        Assert.Contains("block-malicious-ip", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("succeeded", await page.Locator(".heading .status").InnerTextAsync());
        Assert.Contains("succeeded", await page.Locator("tr[data-step='enrich']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("→ else", await page.Locator("tr[data-step='verdict']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("cases.comment", await page.Locator("tr[data-step='note']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-step='block']").CountAsync());
        await Screenshots.SaveAsync(page, "run-trace");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RunTrace_RunWaitingForApproval_ShowsTheStepWaitingAndTheApprovalWithItsRisk()
    {
        // 203.0.113.0/24 is "malicious" to the simulated intelligence: block-malicious-ip asks before it blocks.
        var incident = await OpenIncidentAsync("203.0.113." + Random.Shared.Next(2, 250));
        using var api = console.Deployment.Client(TestKeys.Analyst);
        var runId = await Eventually.GetAsync("the run to wait for approval", async () =>
            (await api.GetJsonAsync($"/api/v1/runs?incident={incident.Id}")).EnumerateArray()
                .FirstOrDefault(r => r.GetProperty("status").GetString() == "waiting_approval") is { ValueKind: JsonValueKind.Object } run
                ? run.GetProperty("id").GetString()
                : null, diagnostics: console.Deployment.Diagnostics);
        var page = await SignIn.AsAdminAsync(console);

        await page.GotoAsync($"/runs/{runId}");

        var block = page.Locator("tr[data-step='block']");
        Assert.Contains("waiting_approval", await block.InnerTextAsync(), StringComparison.Ordinal);
        await block.Locator("a", new() { HasText = "approval pending" }).ClickAsync();
        var approval = page.Locator("[id^='approval-']");
        var text = await approval.InnerTextAsync();
        Assert.Contains("simulation.block_ip", text, StringComparison.Ordinal);
        Assert.Contains("high risk", text, StringComparison.Ordinal);
        Assert.Contains("Needs 1 approval", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private async Task<(string Id, string Title)> OpenIncidentAsync(string ip)
    {
        using var ingest = console.Deployment.Client(TestKeys.Ingest);
        using (var posted = await ingest.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip)))
        {
            Assert.True(posted.IsSuccessStatusCode);
        }

        var title = "C2 beacon to " + ip;
        using var api = console.Deployment.Client(TestKeys.Analyst);
        var id = await Eventually.GetAsync("the incident", async () =>
            (await api.GetJsonAsync("/api/v1/incidents")).EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("title").GetString() == title) is { ValueKind: JsonValueKind.Object } found
                ? found.GetProperty("id").GetString()
                : null, diagnostics: console.Deployment.Diagnostics);
        return (id, title);
    }
}
