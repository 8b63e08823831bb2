using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>Case work over the API of the all-in-one process, and a shipped playbook commenting through the cases connector.</summary>
public sealed class CaseWorkApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    private ApiClient Api(string key = TestKeys.Analyst) => fixture.Deployment.Client(key);

    [Fact]
    public async Task CaseWork_AnalystCommentsTagsAssignsClosesAndReopens_TheIncidentShowsEachAndTheTrailHasWho()
    {
        var incident = await OpenIncidentAsync(Alerts.C2Beacon("198.51.100.23"));
        using var api = Api();

        using var comment = await api.PostAsync($"/api/v1/incidents/{incident}/comments", new { text = "Looking at it" });
        using var tags = await api.PostAsync($"/api/v1/incidents/{incident}/tags", new { add = new[] { "c2", "Tier2" } });
        using var assign = await api.PutAsync($"/api/v1/incidents/{incident}/assignee", new { assignee = "bob" });
        using var close = await api.PostAsync($"/api/v1/incidents/{incident}/close", new { resolution = "true_positive", reason = "blocked" });
        using var closeAgain = await api.PostAsync($"/api/v1/incidents/{incident}/close", new { resolution = "benign" });

        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        Assert.Equal("bob", (await ApiClient.BodyAsync(comment)).GetProperty("author").GetString());
        Assert.Equal(HttpStatusCode.OK, tags.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        Assert.Equal("changed", (await ApiClient.BodyAsync(close)).GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, closeAgain.StatusCode);

        var shown = await api.GetJsonAsync($"/api/v1/incidents/{incident}");
        var view = shown.GetProperty("incident");
        Assert.Equal(("closed", "true_positive", "bob"), (view.GetProperty("status").GetString(), view.GetProperty("resolution").GetString(), view.GetProperty("assignee").GetString()));
        Assert.Equal(["c2", "tier2"], view.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Looking at it", Assert.Single(shown.GetProperty("comments").EnumerateArray()).GetProperty("text").GetString());

        using var reopen = await api.PostAsync($"/api/v1/incidents/{incident}/reopen", new { reason = "seen again" });
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        var audit = await api.GetJsonAsync($"/api/v1/audit?incident={incident}&verify=true");
        Assert.True(audit.GetProperty("chain_valid").GetBoolean());
        var mine = audit.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("actor").GetString() == "bob").Select(e => e.GetProperty("kind").GetString());
        Assert.Equal(["incident_commented", "incident_tagged", "incident_assigned", "incident_closed", "incident_reopened"], mine);
    }

    [Fact]
    public async Task CaseWork_BadRequests_AreRefusedWithTheReasonAndChangeNothing()
    {
        var incident = await OpenIncidentAsync(Alerts.C2Beacon("198.51.100.24"));
        using var api = Api();
        using var ingest = Api(TestKeys.Ingest);

        using var badTag = await api.PostAsync($"/api/v1/incidents/{incident}/tags", new { add = new[] { "drop table" } });
        using var noText = await api.PostAsync($"/api/v1/incidents/{incident}/comments", new { });
        using var badResolution = await api.PostAsync($"/api/v1/incidents/{incident}/close", new { resolution = "solved" });
        using var unknown = await api.PostAsync($"/api/v1/incidents/{Guid.NewGuid()}/comments", new { text = "hi" });
        using var notAllowed = await ingest.PostAsync($"/api/v1/incidents/{incident}/comments", new { text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, badTag.StatusCode);
        Assert.Contains("may only hold", await badTag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badResolution.StatusCode);
        Assert.Contains("true_positive", await badResolution.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        var view = (await api.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("incident");
        Assert.Equal(("open", 0), (view.GetProperty("status").GetString(), view.GetProperty("tags").GetArrayLength()));
    }

    [Fact]
    public async Task Comment_RetriedWithTheSameIdempotencyKey_IsAddedOnce()
    {
        var incident = await OpenIncidentAsync(Alerts.C2Beacon("198.51.100.25"));
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Deployment.ApiBase) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestKeys.Analyst);

        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/incidents/{incident}/comments") { Content = JsonContent.Create(new { text = "once" }) };
            request.Headers.Add("Idempotency-Key", "retry-me");
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        using var api = Api();
        Assert.Single((await api.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("comments").EnumerateArray());
    }

    [Fact]
    public async Task ShippedPlaybook_NotBlockingASuspiciousIp_CommentsOnTheIncidentThroughTheCasesConnector()
    {
        // 192.0.2.0/24 is "suspicious" to the simulated intelligence: block-malicious-ip takes its else branch and comments.
        var incident = await OpenIncidentAsync(Alerts.C2Beacon("192.0.2.77"));
        using var api = Api();

        var comment = await Eventually.GetValueAsync("the playbook's comment", async () =>
        {
            var comments = (await api.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("comments");
            return comments.GetArrayLength() > 0 ? (JsonElement?)comments[0] : null;
        }, diagnostics: fixture.Deployment.Diagnostics);

        Assert.Equal("cases-connector", comment.GetProperty("author").GetString());
        Assert.StartsWith("Not blocked: 192.0.2.77 is suspicious", comment.GetProperty("text").GetString(), StringComparison.Ordinal);
        var run = (await api.GetJsonAsync($"/api/v1/incidents/{incident}")).GetProperty("runs")[0];
        var note = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "note");
        Assert.False(note.GetProperty("simulated").GetBoolean());
    }

    private async Task<string> OpenIncidentAsync(string alert) =>
        (await Incidents.OpenAsync(fixture.Deployment, alert)).IncidentId;
}
