using System.Text.Json;
using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Pages;

[Collection(ConsoleCollection.Name)]
public sealed class IncidentsAssigneeAndTacticFilterTests(ConsoleFixture console)
{
    [Fact]
    public async Task Incidents_FilteredByAssigneeAndTactic_ListsOnlyMatches()
    {
        var ip = "198.18.3." + Random.Shared.Next(2, 250);
        var title = "C2 beacon to " + ip;
        using (var ingest = console.Deployment.Client(TestKeys.Ingest))
        using (var posted = await ingest.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip)))
        {
            Assert.True(posted.IsSuccessStatusCode);
        }

        using var api = console.Deployment.Client(TestKeys.Analyst);
        var id = await Eventually.GetAsync("the incident", async () =>
            (await api.GetJsonAsync("/api/v1/incidents")).EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("title").GetString() == title) is { ValueKind: JsonValueKind.Object } found
                ? found.GetProperty("id").GetString()
                : null, diagnostics: console.Deployment.Diagnostics);
        var assignee = "carol" + Random.Shared.Next(1000, 9999);
        using (var assigned = await api.PutAsync($"/api/v1/incidents/{id}/assignee", new { assignee }))
        {
            Assert.True(assigned.IsSuccessStatusCode);
        }

        var page = await SignIn.AsAdminAsync(console);
        var row = page.Locator("table.incidents tr", new() { HasText = title });
        await row.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Command and Control", await row.Locator("td.tactics").InnerTextAsync(), StringComparison.Ordinal);

        // The alert's ATT&CK tag names the Command and Control tactic.
        await page.Locator("select[name='tactic']").SelectOptionAsync("Command and Control");
        await page.Locator("select[name='assignee']").SelectOptionAsync(assignee);
        await page.Locator("form.filters button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**/incidents?*tactic=*", SignIn.CommitOnly);
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(1, await page.Locator("table.incidents tbody tr").CountAsync());
        await Screenshots.SaveAsync(page, "incidents-filtered");

        await page.GotoAsync("/incidents?tactic=Exfiltration");
        Assert.Equal(0, await row.CountAsync());

        await page.GotoAsync("/incidents?assignee=+");
        Assert.Equal(0, await row.CountAsync());

        await page.GotoAsync("/incidents?assignee=somebody-else");
        Assert.Equal(0, await row.CountAsync());
        await page.Context.CloseAsync();
    }
}
