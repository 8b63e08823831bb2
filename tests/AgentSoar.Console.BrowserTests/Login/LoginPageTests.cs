using AgentSoar.Console.BrowserTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Login;

[Collection(ConsoleCollection.Name)]
public sealed class LoginPageTests(ConsoleFixture console)
{
    [Fact]
    public async Task Login_Visited_RendersFormPostingToAccountLoginWithAntiforgeryToken()
    {
        var page = await console.NewPageAsync();
        await page.GotoAsync("/login");

        var form = page.Locator("form[action='account/login']");
        Assert.Equal("post", await form.GetAttributeAsync("method"));
        Assert.Equal(1, await form.Locator("input[name='username']").CountAsync());
        Assert.Equal("password", await form.Locator("input[name='password']").GetAttributeAsync("type"));
        Assert.Equal("hidden", await form.Locator("input[name='returnUrl']").GetAttributeAsync("type"));
        var token = await form.Locator("input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        Assert.False(string.IsNullOrWhiteSpace(token));
        await Screenshots.SaveAsync(page, "login");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Incidents_NotSignedIn_EndsOnLoginWithReturnUrl()
    {
        var page = await console.NewPageAsync();
        await page.GotoAsync("/incidents");

        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        Assert.Equal("/incidents", await page.Locator("input[name='returnUrl']").InputValueAsync());
        Assert.Equal(0, await page.Locator("table.incidents").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task IncidentsHub_NotSignedIn_IsRefused()
    {
        var page = await console.NewPageAsync();
        var response = await page.APIRequest.PostAsync("/hubs/incidents/negotiate?negotiateVersion=1", new() { MaxRedirects = 0 });

        // Refused outright, or sent to sign in: never a connection.
        Assert.True(response.Status == 401 || (response.Status == 302 && response.Headers["location"].Contains("/login", StringComparison.Ordinal)), $"negotiate answered {response.Status}");
        await page.Context.CloseAsync();
    }
}
