using System.Net;
using System.Text.RegularExpressions;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>An HTTP client that keeps cookies and does not follow redirects, as a browser's form post would show them.</summary>
public sealed partial class CookieBrowser : IDisposable
{
    public CookieBrowser(string baseUrl) =>
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

    public HttpClient Http { get; }

    /// <summary>Posts the login form with the antiforgery token of the login page.</summary>
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

    /// <summary>Logs in, retrying while the account does not exist yet (the first admin is made moments after start).</summary>
    public async Task<HttpResponseMessage> LoginEventuallyAsync(string user, string password, string returnUrl)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await LoginAsync(user, password, returnUrl);
            if (attempt >= 50 || response.Headers.Location?.OriginalString.StartsWith("/login", StringComparison.Ordinal) != true)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
