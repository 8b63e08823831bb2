using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Incidents;

[Collection(ConsoleCollection.Name)]
public sealed class IncidentsFilterTests(ConsoleFixture console)
{
    [Fact]
    public async Task Incidents_FilteredBySeverityAndStatus_ListsOnlyMatches()
    {
        var ip = "203.0.113." + Random.Shared.Next(2, 250);
        using (var api = console.Deployment.Client(TestKeys.Ingest))
        {
            using var response = await api.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip));
            Assert.True(response.IsSuccessStatusCode);
        }

        var page = await SignIn.AsAdminAsync(console);
        var title = "C2 beacon to " + ip;
        var row = page.Locator("table.incidents tr", new() { HasText = title });
        await row.WaitForAsync(new() { Timeout = 30_000 });

        // The alert is Medium (3) and its incident open.
        await page.Locator("select[name='severity']").SelectOptionAsync("3");
        await page.Locator("form.filters button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**/incidents?*severity=3*", SignIn.CommitOnly);
        Assert.Equal(1, await row.CountAsync());

        await page.GotoAsync("/incidents?severity=5");
        Assert.Equal(0, await row.CountAsync());

        await page.GotoAsync("/incidents?status=closed");
        Assert.Equal(0, await row.CountAsync());

        await page.GotoAsync("/incidents?status=open&severity=3");
        Assert.Equal(1, await row.CountAsync());
        await page.Context.CloseAsync();
    }
}
