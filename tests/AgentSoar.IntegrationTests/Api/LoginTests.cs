using System.Net;
using System.Text.RegularExpressions;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>Console login over HTTP against the all-in-one process: the first admin, antiforgery, the cookie kept out of the API.</summary>
public sealed partial class LoginTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    [Fact]
    public async Task Login_FirstAdminWithTheRightPassword_GetsAnHttpOnlyStrictCookieAndTheConsole()
    {
        using var browser = new Browser(fixture.Deployment.ApiBase);

        using var response = await browser.LoginAsFirstAdminAsync("/incidents");

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
        using var browser = new Browser(fixture.Deployment.ApiBase);

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
        using var browser = new Browser(fixture.Deployment.ApiBase);

        using var response = await browser.LoginAsFirstAdminAsync("//evil.example/phish");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Api_WithOnlyTheLoginCookie_Is401_AndAnswersCarryTheSecurityHeaders()
    {
        using var browser = new Browser(fixture.Deployment.ApiBase);
        using (await browser.LoginAsFirstAdminAsync("/"))
        {
        }

        using var api = await browser.Http.GetAsync("/api/v1/incidents");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("DENY", api.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>An HTTP client that keeps cookies and does not follow redirects, as a browser's form post would show them.</summary>
    private sealed class Browser : IDisposable
    {
        public Browser(string baseUrl) =>
            Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

        public HttpClient Http { get; }

        public async Task<HttpResponseMessage> LoginAsync(string user, string password, string returnUrl)
        {
            var page = await Http.GetStringAsync("/login");
            var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
            Assert.False(string.IsNullOrEmpty(token), "the login page has no antiforgery token");
            return await Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["username"] = user,
                ["password"] = password,
                ["returnUrl"] = returnUrl,
                ["__RequestVerificationToken"] = token,
            }));
        }

        /// <summary>The first admin is made moments after the process is up: logs in as soon as it exists.</summary>
        public async Task<HttpResponseMessage> LoginAsFirstAdminAsync(string returnUrl)
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await LoginAsync(TestKeys.FirstAdminName, TestKeys.FirstAdminPassword, returnUrl);
                if (attempt >= 50 || response.Headers.Location?.OriginalString.StartsWith("/login", StringComparison.Ordinal) != true)
                {
                    return response;
                }

                response.Dispose();
                await Task.Delay(200);
            }
        }

        public void Dispose() => Http.Dispose();
    }
}
