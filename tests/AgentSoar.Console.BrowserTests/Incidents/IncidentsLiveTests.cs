using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Incidents;

[Collection(ConsoleCollection.Name)]
public sealed class IncidentsLiveTests(ConsoleFixture console)
{
    [Fact]
    public async Task Incidents_AlertPostedWhileOpen_AppearsWithoutReload()
    {
        var page = await SignIn.AsAdminAsync(console);
        Assert.Equal("Incidents", await page.Locator("main h1").InnerTextAsync());
        await SignIn.WaitForLiveAsync(page);

        // A reload would wipe this; a live update leaves it.
        await page.EvaluateAsync("() => { window.agentsoarNoReload = 'kept'; }");
        var ip = "198.18.4." + Random.Shared.Next(2, 250);
        await PostAlertAsync(ip);

        var row = page.Locator("table.incidents tr", new() { HasText = "C2 beacon to " + ip });
        await row.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("kept", await page.EvaluateAsync<string?>("() => window.agentsoarNoReload"));
        Assert.Contains("Medium", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "incidents");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task IncidentRoom_Opened_ShowsAlertCardAndThePlannersChoice()
    {
        var ip = "192.0.2." + Random.Shared.Next(2, 250);
        await PostAlertAsync(ip);
        var page = await SignIn.AsAdminAsync(console);
        var link = page.Locator("table.incidents a", new() { HasText = "C2 beacon to " + ip });
        await link.WaitForAsync(new() { Timeout = 30_000 });
        await link.ClickAsync();
        await page.WaitForURLAsync("**/incidents/*", SignIn.CommitOnly);

        var alert = page.Locator(".entry-alert .card");
        Assert.Contains("C2 beacon to " + ip, await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(ip, await alert.Locator(".observables").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("T1071.001", await alert.Locator(".tags").InnerTextAsync(), StringComparison.Ordinal);

        // The plan may be recorded after the page was first drawn: the room updates itself.
        var chosen = page.Locator(".entry-plan code.playbook");
        await chosen.WaitForAsync(new() { Timeout = 30_000 });
        Assert.False(string.IsNullOrWhiteSpace(await chosen.InnerTextAsync()));
        Assert.Matches(@"\d+%", await page.Locator(".entry-plan .chosen").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(".entry-plan .rationale").InnerTextAsync()));
        await Screenshots.SaveAsync(page, "incident-room");

        // The same room in the dark theme the system can ask for.
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(20, 22, 26)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await Screenshots.SaveAsync(page, "incident-room-dark");
        await page.Context.CloseAsync();
    }

    private async Task PostAlertAsync(string ip)
    {
        using var api = console.Deployment.Client(TestKeys.Ingest);
        using var response = await api.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip));
        Assert.True(response.IsSuccessStatusCode, $"alert refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
