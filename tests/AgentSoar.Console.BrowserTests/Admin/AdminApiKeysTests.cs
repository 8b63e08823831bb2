using System.Net;
using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Admin;

[Collection(ConsoleCollection.Name)]
public sealed class AdminApiKeysTests(ConsoleFixture console)
{
    [Fact]
    public async Task AdminApiKeys_AdminCreatesKey_ItPostsAlertsShownOnceAndRevokedIs401()
    {
        var name = "edr-" + Random.Shared.Next(1000, 9999);
        var page = await SignIn.AsAdminAsync(console);
        await page.GotoAsync("/admin/api-keys");

        var form = page.Locator("form.new-key");
        await form.Locator("input[name='name']").FillAsync(name);
        await form.Locator("button[type='submit']").ClickAsync();
        var shown = page.Locator("#new-api-key");
        await shown.WaitForAsync();
        var key = await shown.InnerTextAsync();
        Assert.StartsWith("as_", key, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Accepted, await PostAlertAsync(key, "198.51.100.41"));

        await page.GotoAsync("/admin/api-keys");
        var row = page.Locator($"tr[data-key='{name}']");
        Assert.Contains(key[..10], await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "admin-api-keys");
        await row.Locator("button", new() { HasText = "Revoke" }).ClickAsync();
        await page.Locator(".status.done").WaitForAsync();
        Assert.StartsWith("revoked", await page.Locator($"tr[data-key='{name}'] .state").InnerTextAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAlertAsync(key, "198.51.100.42"));
        await page.Context.CloseAsync();
    }

    private async Task<HttpStatusCode> PostAlertAsync(string key, string ip)
    {
        using var api = console.Deployment.Client(key);
        using var response = await api.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon(ip));
        return response.StatusCode;
    }
}
