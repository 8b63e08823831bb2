using AgentSoar.Console.BrowserTests.Infrastructure;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.Console.BrowserTests.Admin;

[Collection(ConsoleCollection.Name)]
public sealed class AdminUsersTests(ConsoleFixture console)
{
    [Fact]
    public async Task AdminUsers_AdminCreatesUser_TheUserSignsInAndDisablingEndsIt()
    {
        var name = "grace" + Random.Shared.Next(1000, 9999);
        const string password = "grace's long password";
        var page = await SignIn.AsAdminAsync(console);
        await page.Locator("header nav a", new() { HasText = "Admin" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users", SignIn.CommitOnly);

        var form = page.Locator("form.new-user");
        await form.Locator("input[name='user_name']").FillAsync(name);
        await form.Locator("input[name='display_name']").FillAsync("Grace H");
        await form.Locator("input[name='password']").FillAsync(password);
        await form.Locator("input[name='roles'][value='analyst']").CheckAsync();
        await form.Locator("button[type='submit']").ClickAsync();

        await page.Locator(".status.done").WaitForAsync();
        var row = page.Locator($"tr[data-user='{name}']");
        Assert.True(await row.Locator("input[name='roles'][value='analyst']").IsCheckedAsync());
        Assert.True(await row.Locator("input[name='roles'][value='viewer']").IsCheckedAsync());
        Assert.False(await row.Locator("input[name='roles'][value='admin']").IsCheckedAsync());
        await Screenshots.SaveAsync(page, "admin-users");

        var user = await SignIn.AsAsync(console, name, password);
        Assert.Equal(name, await user.Locator("header .who").InnerTextAsync());
        Assert.Equal(0, await user.Locator("header nav a", new() { HasText = "Admin" }).CountAsync());

        await page.Locator($"tr[data-user='{name}'] button", new() { HasText = "Disable" }).ClickAsync();
        await page.Locator(".status.done").WaitForAsync();
        Assert.Equal("disabled", await page.Locator($"tr[data-user='{name}'] .state").InnerTextAsync());
        await user.ReloadAsync();
        Assert.Contains("/login", user.Url, StringComparison.Ordinal);
        await user.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdminUsers_AdminDisablesThemselves_IsRefusedWithTheReason()
    {
        var page = await SignIn.AsAdminAsync(console);
        await page.GotoAsync("/admin/users");

        await page.Locator($"tr[data-user='{ConsoleDeployment.AdminUser}'] button", new() { HasText = "Disable" }).ClickAsync();

        Assert.Contains("themselves", await page.Locator(".status.error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("active", await page.Locator($"tr[data-user='{ConsoleDeployment.AdminUser}'] .state").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdminPages_NonAdmin_AreNotShownAndTheirFormsAreRefused()
    {
        var name = "victor" + Random.Shared.Next(1000, 9999);
        const string password = "victor's long password";
        await Accounts.CreateUserAsync(console, name, password, "analyst", "responder");
        var page = await SignIn.AsAsync(console, name, password);

        Assert.Equal(0, await page.Locator("header nav a", new() { HasText = "Admin" }).CountAsync());
        foreach (var path in new[] { "/admin/users", "/admin/api-keys" })
        {
            await page.GotoAsync(path);
            Assert.DoesNotContain("/admin/", page.Url, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("form.new-user, form.new-key").CountAsync());
        }

        // Even with a valid antiforgery token of its own, a non-admin's post changes nothing.
        await page.GotoAsync("/incidents");
        var token = await page.Locator("form.signout input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var post = await page.APIRequest.PostAsync("/admin/users/create", new()
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("user_name", "mallory").Set("password", "mallory's long password").Set("roles", "admin"),
            MaxRedirects = 0,
        });
        Assert.NotEqual(200, post.Status);
        Assert.DoesNotContain("done=", post.Headers.TryGetValue("location", out var location) ? location : string.Empty, StringComparison.Ordinal);
        using var api = console.Deployment.Client(TestKeys.Admin);
        Assert.DoesNotContain((await api.GetJsonAsync("/api/v1/users")).EnumerateArray(), u => u.GetProperty("user_name").GetString() == "mallory");
        await page.Context.CloseAsync();
    }
}
