using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>Console login over HTTP against the all-in-one process: the first admin, antiforgery, the cookie kept out of the API.</summary>
public sealed class LoginTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    [Fact]
    public async Task Login_FirstAdminWithTheRightPassword_GetsAnHttpOnlyStrictCookieAndTheConsole()
    {
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);

        using var response = await browser.LoginEventuallyAsync(TestKeys.FirstAdminName, TestKeys.FirstAdminPassword, "/incidents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/incidents", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("agentsoar=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var console = await browser.Http.GetAsync("/incidents");
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownName_BackToTheFormWithOneGenericError()
    {
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);

        using var wrong = await browser.LoginAsync(TestKeys.FirstAdminName, "not the password at all", "/");
        using var unknown = await browser.LoginAsync("nobody", "whatever password", "/");

        Assert.StartsWith("/login?error=invalid", wrong.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/login?error=invalid", unknown.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("agentsoar=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(fixture.Deployment.ApiBase) };

        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = TestKeys.FirstAdminName,
            ["password"] = TestKeys.FirstAdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_ToAnotherSite_ReturnsHomeInstead()
    {
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);

        using var response = await browser.LoginEventuallyAsync(TestKeys.FirstAdminName, TestKeys.FirstAdminPassword, "//evil.example/phish");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Api_WithOnlyTheLoginCookie_Is401_AndAnswersCarryTheSecurityHeaders()
    {
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using (await browser.LoginEventuallyAsync(TestKeys.FirstAdminName, TestKeys.FirstAdminPassword, "/"))
        {
        }

        using var api = await browser.Http.GetAsync("/api/v1/incidents");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("DENY", api.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
