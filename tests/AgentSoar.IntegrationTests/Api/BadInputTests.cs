using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>Bad input gets a 4xx problem that says what is wrong, and changes no state.</summary>
public sealed class BadInputTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    private ApiClient Api(string key = TestKeys.Admin) => fixture.Deployment.Client(key);

    [Theory]
    [InlineData("{\"class_uid\": 2004,", 400, "Malformed JSON")]
    [InlineData("[1,2,3]", 422, "expected a JSON object")]
    [InlineData("{\"class_uid\": 1001, \"finding_info\": {\"uid\": \"x\", \"title\": \"t\"}, \"severity_id\": 3, \"time\": 1, \"metadata\": {}}", 422, "not a Detection Finding")]
    [InlineData("{\"class_uid\": 2004, \"severity_id\": 3, \"time\": 1, \"metadata\": {}}", 422, "$.finding_info")]
    [InlineData("{\"class_uid\": 2004, \"finding_info\": {\"uid\": \"x\"}, \"severity_id\": 9, \"metadata\": {}}", 422, "$.severity_id")]
    public async Task PostAlert_Invalid_IsRefusedWithProblemAndNoIncident(string body, int status, string expected)
    {
        using var api = Api();
        using var response = await api.PostJsonAsync("/api/v1/alerts", body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoIncidentsAsync(api);
    }

    [Fact]
    public async Task PostAlert_MissingFields_ListsEveryProblem()
    {
        using var api = Api();
        using var response = await api.PostJsonAsync("/api/v1/alerts", "{\"class_uid\": 2004, \"finding_info\": {}}");

        var errors = (await ApiClient.BodyAsync(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.StartsWith("$.finding_info.uid", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("$.finding_info.title", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("$.severity_id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("$.time", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.StartsWith("$.metadata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostAlert_OverOneMebibyte_Is413()
    {
        using var api = Api();
        var padding = new string('x', (1024 * 1024) + 10);
        using var response = await api.PostJsonAsync("/api/v1/alerts", $"{{\"class_uid\": 2004, \"message\": \"{padding}\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MaxAlertBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoIncidentsAsync(api);
    }

    [Fact]
    public async Task Decision_UnknownApproval_Is404()
    {
        using var api = Api();
        using var response = await api.PostAsync($"/api/v1/approvals/{Guid.NewGuid()}/decision", new { decision = "approve", action_hash = new string('0', 64) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no approval with id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_ApproveWithoutActionHash_Is400()
    {
        using var api = Api();
        using var response = await api.PostAsync($"/api/v1/approvals/{Guid.NewGuid()}/decision", new { decision = "approve" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("action_hash", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_WithoutDecision_Is400()
    {
        using var api = Api();
        using var response = await api.PostAsync($"/api/v1/approvals/{Guid.NewGuid()}/decision", new { reason = "?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_UnknownPlaybook_Is404()
    {
        using var api = Api();
        using var response = await api.PostAsync($"/api/v1/incidents/{Guid.NewGuid()}/runs", new { playbook = "no-such-playbook" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no playbook 'no-such-playbook'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownRunAndIncident_Are404()
    {
        using var api = Api();
        using var run = await api.GetAsync($"/api/v1/runs/{Guid.NewGuid()}");
        using var incident = await api.GetAsync($"/api/v1/incidents/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, incident.StatusCode);
    }

    [Theory]
    [InlineData(null, "/api/v1/incidents", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key-000000000000", "/api/v1/incidents", HttpStatusCode.Unauthorized)]
    [InlineData(TestKeys.Ingest, "/api/v1/incidents", HttpStatusCode.Forbidden)]
    [InlineData(TestKeys.Analyst, "/api/v1/incidents", HttpStatusCode.OK)]
    public async Task Endpoints_RequireAKeyWithTheRightRole(string? key, string path, HttpStatusCode expected)
    {
        using var api = new ApiClient(fixture.Deployment.ApiBase, key);
        using var response = await api.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PostAlert_AnalystWithoutIngestRole_IsForbiddenAndStoresNothing()
    {
        using var api = Api(TestKeys.Analyst);
        using var response = await api.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var admin = Api();
        await AssertNoIncidentsAsync(admin);
    }

    private static async Task AssertNoIncidentsAsync(ApiClient api)
    {
        // Give a wrongly accepted alert the time it would need to become an incident.
        await Task.Delay(300);
        var incidents = await api.GetJsonAsync("/api/v1/incidents");
        Assert.Equal(JsonValueKind.Array, incidents.ValueKind);
        Assert.Equal(0, incidents.GetArrayLength());
    }
}
