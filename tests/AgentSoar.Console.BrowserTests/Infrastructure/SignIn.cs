using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in through the login form as the first admin and lands on the incidents list.</summary>
    public static Task<IPage> AsAdminAsync(ConsoleFixture console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return AsAsync(console, ConsoleDeployment.AdminUser, console.Deployment.AdminPassword);
    }

    /// <summary>Signs in through the login form as any account (see <see cref="Accounts.CreateUserAsync"/>) and lands on the incidents list.</summary>
    public static async Task<IPage> AsAsync(ConsoleFixture console, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(console);
        var page = await console.NewPageAsync();
        await page.GotoAsync("/incidents");
        await page.Locator("input[name='username']").FillAsync(userName);
        await page.Locator("input[name='password']").FillAsync(password);
        await page.Locator("form[action='account/login'] button[type='submit']").ClickAsync();

        // A refused login lands back on /login with the reason: fail with it rather than wait out the timeout.
        // Only the navigation's commit is awaited, then the page's own header: the load event has been seen
        // to arrive late on a CI machine busy with other test assemblies, and nothing here depends on it.
        await page.WaitForURLAsync(new Regex("/(incidents|login\\?error=[^/]*)$"), new() { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
        Assert.True(page.Url.EndsWith("/incidents", StringComparison.Ordinal), $"signing in as {userName} ended on {page.Url}");
        await page.Locator("header .who").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>
    /// For <c>WaitForURLAsync</c>: wait for the navigation to commit, not for the load event, which has been seen to
    /// arrive late on a CI machine busy with other test assemblies. What follows waits for the elements it needs.
    /// </summary>
    public static PageWaitForURLOptions CommitOnly => new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>Waits until the page's script is connected to the incidents hub, so a change made now is heard.</summary>
    public static Task WaitForLiveAsync(IPage page) =>
        page.Locator("body[data-live-connected='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
