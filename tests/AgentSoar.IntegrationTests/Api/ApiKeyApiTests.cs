using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary><c>/api/v1/api-keys</c> against the all-in-one process: a key made here works at once, shows once, and stops at its revocation.</summary>
public sealed class ApiKeyApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    [Fact]
    public async Task CreateApiKey_ByAdmin_PostsAlertsUntilRevokedThenIs401()
    {
        using var admin = fixture.Deployment.Client(TestKeys.Admin);
        var name = Name("edr");

        using var created = await admin.PostAsync("/api/v1/api-keys", new { name, roles = new[] { "ingest" }, alerts_per_second = 50 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var body = await ApiClient.BodyAsync(created);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("api_key").GetProperty("id").GetString();
        Assert.StartsWith(body.GetProperty("api_key").GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);
        using var source = fixture.Deployment.Client(key);
        using (var accepted = await source.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon("203.0.113.77")))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        var listed = (await admin.GetJsonAsync("/api/v1/api-keys")).EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Sha256(key), listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revoked_at").ValueKind);

        using var revoked = await admin.PostAsync($"/api/v1/api-keys/{id}/revoke", new { });
        using var refused = await source.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon("203.0.113.78"));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var audit = (await admin.GetJsonAsync("/api/v1/audit?limit=10000")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("kind").GetString() == "api_key_created" && e.GetProperty("actor").GetString() == "alice");
        Assert.Contains(audit, e => e.GetProperty("kind").GetString() == "api_key_revoked" && e.GetProperty("actor").GetString() == "alice");
        Assert.DoesNotContain(audit, e => e.GetRawText().Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateApiKey_NameTakenConfiguredUnknownRoleOrFormat_IsRefusedAndMakesNothing()
    {
        using var admin = fixture.Deployment.Client(TestKeys.Admin);
        var name = Name("zeek");
        using (var first = await admin.PostAsync("/api/v1/api-keys", new { name, roles = new[] { "ingest" } }))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var taken = await admin.PostAsync("/api/v1/api-keys", new { name, roles = new[] { "ingest" } });
        using var configured = await admin.PostAsync("/api/v1/api-keys", new { name = "siem", roles = new[] { "ingest" } });
        using var badRole = await admin.PostAsync("/api/v1/api-keys", new { name = Name("x"), roles = new[] { "root" } });
        using var badFormat = await admin.PostAsync("/api/v1/api-keys", new { name = Name("y"), roles = new[] { "ingest" }, alert_format = "mapping:nope" });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, configured.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("nope", (await ApiClient.BodyAsync(badFormat)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await admin.GetJsonAsync("/api/v1/api-keys")).EnumerateArray(), k => k.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task ApiKeys_WithAnAnalystKey_Is403AndUnknownIdIs404()
    {
        using var analyst = fixture.Deployment.Client(TestKeys.Analyst);
        using var admin = fixture.Deployment.Client(TestKeys.Admin);

        using var list = await analyst.GetAsync("/api/v1/api-keys");
        using var create = await analyst.PostAsync("/api/v1/api-keys", new { name = Name("sneaky"), roles = new[] { "admin" } });
        using var unknown = await admin.PostAsync($"/api/v1/api-keys/{Guid.NewGuid()}/revoke", new { });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private static string Sha256(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
