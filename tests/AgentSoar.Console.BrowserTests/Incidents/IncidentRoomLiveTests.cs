using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Incidents;

[Collection(ConsoleCollection.Name)]
public sealed class IncidentRoomLiveTests(ConsoleFixture console)
{
    [Fact]
    public async Task IncidentRoom_CommentedAndAssignedWhileOpen_ShowsBothWithoutReload()
    {
        var ip = "198.18.0." + Random.Shared.Next(2, 250);
        using var ingest = console.Deployment.Client(TestKeys.Ingest);
        using (var posted = await ingest.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip)))
        {
            Assert.True(posted.IsSuccessStatusCode);
        }

        var page = await SignIn.AsAdminAsync(console);
        var link = page.Locator("table.incidents a", new() { HasText = "C2 beacon to " + ip });
        await link.WaitForAsync(new() { Timeout = 30_000 });
        await link.ClickAsync();
        await page.WaitForURLAsync("**/incidents/*", SignIn.CommitOnly);
        await SignIn.WaitForLiveAsync(page);
        var incidentId = new Uri(page.Url).Segments[^1];
        await page.EvaluateAsync("() => { window.agentsoarNoReload = 'kept'; }");

        using var analyst = console.Deployment.Client(TestKeys.Analyst);
        using (var commented = await analyst.PostAsync($"/api/v1/incidents/{incidentId}/comments", new { text = "Looking at the proxy logs" }))
        {
            Assert.True(commented.IsSuccessStatusCode, await commented.Content.ReadAsStringAsync());
        }

        using (var assigned = await analyst.PutAsync($"/api/v1/incidents/{incidentId}/assignee", new { assignee = "bob" }))
        {
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        }

        await page.Locator(".entry-comment .card", new() { HasText = "Looking at the proxy logs" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".heading .assignee", new() { HasText = "assigned to bob" }).WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("kept", await page.EvaluateAsync<string?>("() => window.agentsoarNoReload"));
        await page.Context.CloseAsync();
    }
}
