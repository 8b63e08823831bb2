using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary><c>/api/v1/users</c> against the all-in-one process: admins only, refusals that change nothing, and changes a session feels at once.</summary>
public sealed class UserApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    private const string Password = "a long enough password 1";

    [Fact]
    public async Task CreateUser_ByAdminKey_IsListedCanLogInAndIsAudited()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = Name("carol");

        using var created = await api.PostAsync("/api/v1/users", new { user_name = name, display_name = "Carol C", password = Password, roles = new[] { "analyst" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ApiClient.BodyAsync(created);
        Assert.Equal(name, body.GetProperty("user_name").GetString());
        Assert.DoesNotContain("password", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var listed = (await api.GetJsonAsync("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("user_name").GetString() == name);
        Assert.Equal(["analyst"], listed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using var login = await browser.LoginAsync(name, Password, "/incidents");
        Assert.Equal("/incidents", login.Headers.Location?.OriginalString);
        var audit = await api.GetJsonAsync("/api/v1/audit?limit=10000");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "account_created" && e.GetProperty("actor").GetString() == "alice" && e.GetProperty("data").GetRawText().Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_WithAnAnalystKey_Is403()
    {
        using var api = fixture.Deployment.Client(TestKeys.Analyst);

        using var list = await api.GetAsync("/api/v1/users");
        using var create = await api.PostAsync("/api/v1/users", new { user_name = Name("mallory"), password = Password, roles = new[] { "admin" } });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task CreateUser_ShortPasswordUnknownRoleOrTakenName_Is400Or409AndMakesNothing()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = Name("dave");
        using (var first = await api.PostAsync("/api/v1/users", new { user_name = name, password = Password, roles = new[] { "viewer" } }))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var shortPassword = await api.PostAsync("/api/v1/users", new { user_name = Name("erin"), password = "short", roles = new[] { "viewer" } });
        using var badRole = await api.PostAsync("/api/v1/users", new { user_name = Name("erin"), password = Password, roles = new[] { "root" } });
        using var taken = await api.PostAsync("/api/v1/users", new { user_name = name, password = Password, roles = new[] { "admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
        Assert.Contains("12", (await ApiClient.BodyAsync(shortPassword)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var users = (await api.GetJsonAsync("/api/v1/users")).EnumerateArray().ToList();
        Assert.DoesNotContain(users, u => u.GetProperty("user_name").GetString()!.StartsWith("erin", StringComparison.Ordinal));
        Assert.Equal(["viewer"], users.Single(u => u.GetProperty("user_name").GetString() == name).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task SetRoles_ThenUnknownUser_ChangesRolesAndIs404ForNobody()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = await CreateAsync(api, "frank");

        using var changed = await api.PutAsync($"/api/v1/users/{name}/roles", new { roles = new[] { "responder", "analyst" } });
        using var unknown = await api.PutAsync("/api/v1/users/nobody-at-all/roles", new { roles = new[] { "viewer" } });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["analyst", "responder"], (await ApiClient.BodyAsync(changed)).GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task SetRoles_SignedInUserMadeAdmin_ReachesTheAdminPagesOnTheNextRequestWithoutSigningInAgain()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = await CreateAsync(api, "kim");
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using (await browser.LoginAsync(name, Password, "/incidents"))
        {
        }

        using var before = await browser.Http.GetAsync("/admin/users");
        using var changed = await api.PutAsync($"/api/v1/users/{name}/roles", new { roles = new[] { "admin" } });
        using var after = await browser.Http.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_SignedInUser_EndsTheSessionAndRefusesLoginUntilEnabled()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = await CreateAsync(api, "grace");
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using (await browser.LoginAsync(name, Password, "/incidents"))
        {
        }

        using (var before = await browser.Http.GetAsync("/incidents"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disabled = await api.PostAsync($"/api/v1/users/{name}/disable", new { });
        using var after = await browser.Http.GetAsync("/incidents");
        using var refused = await browser.LoginAsync(name, Password, "/incidents");
        using var enabled = await api.PostAsync($"/api/v1/users/{name}/enable", new { });
        using var again = await browser.LoginAsync(name, Password, "/incidents");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/login?error=invalid", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("/incidents", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ResetPassword_ByAdmin_OldPasswordFailsNewOneWorksAndOldSessionEnds()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = await CreateAsync(api, "heidi");
        using var old = new CookieBrowser(fixture.Deployment.ApiBase);
        using (await old.LoginAsync(name, Password, "/incidents"))
        {
        }

        using var tooShort = await api.PostAsync($"/api/v1/users/{name}/password", new { password = "short" });
        using var reset = await api.PostAsync($"/api/v1/users/{name}/password", new { password = "a brand new long password" });
        using var oldSession = await old.Http.GetAsync("/incidents");
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using var withOld = await browser.LoginAsync(name, Password, "/incidents");
        using var withNew = await browser.LoginAsync(name, "a brand new long password", "/incidents");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
        Assert.StartsWith("/login?error=invalid", withOld.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/incidents", withNew.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Logout_SignedIn_IsInTheAuditTrail()
    {
        using var api = fixture.Deployment.Client(TestKeys.Admin);
        var name = await CreateAsync(api, "ivan");
        using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
        using (await browser.LoginAsync(name, Password, "/incidents"))
        {
        }

        var page = await browser.Http.GetStringAsync("/incidents");
        var token = System.Text.RegularExpressions.Regex.Match(page, "action=\"account/logout\".*?name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        using var logout = await browser.Http.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));

        Assert.Equal("/login", logout.Headers.Location?.OriginalString);
        var audit = (await api.GetJsonAsync("/api/v1/audit?limit=10000")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("kind").GetString() == "login_succeeded" && e.GetProperty("actor").GetString() == name);
        Assert.Contains(audit, e => e.GetProperty("kind").GetString() == "logout" && e.GetProperty("actor").GetString() == name);
    }

    [Fact]
    public async Task CliUsersAdd_WithTheAdminKey_MakesAnAccountThatLogsIn()
    {
        var name = Name("judy");
        var folder = Directory.CreateTempSubdirectory("agentsoar-cli-").FullName;
        try
        {
            var keyFile = Path.Combine(folder, "admin.key");
            var passwordFile = Path.Combine(folder, "password");
            await File.WriteAllTextAsync(keyFile, TestKeys.Admin);
            await File.WriteAllTextAsync(passwordFile, Password + "\n");

            var (exitCode, output, error) = await CliProcess.RunAsync(
                "users", "add", name, "--role", "admin", "--role", "analyst", "--password-file", passwordFile, "--server", fixture.Deployment.ApiBase, "--key-file", keyFile);
            var (_, listed, _) = await CliProcess.RunAsync("users", "list", "--server", fixture.Deployment.ApiBase, "--key-file", keyFile);

            Assert.True(exitCode == 0, error);
            Assert.Contains(name, output, StringComparison.Ordinal);
            Assert.Contains($"{name}  admin,analyst", listed, StringComparison.Ordinal);
            using var browser = new CookieBrowser(fixture.Deployment.ApiBase);
            using var login = await browser.LoginAsync(name, Password, "/admin/users");
            Assert.Equal("/admin/users", login.Headers.Location?.OriginalString);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private static async Task<string> CreateAsync(ApiClient api, string prefix)
    {
        var name = Name(prefix);
        using var created = await api.PostAsync("/api/v1/users", new { user_name = name, password = Password, roles = new[] { "analyst" } });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return name;
    }
}
