using System.Net;
using System.Text.Json;
using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>The read-only catalog over the API of the all-in-one process: shipped playbooks and connectors, and the audit trail's filters.</summary>
public sealed class CatalogApiTests(AllInOneFixture fixture) : IClassFixture<AllInOneFixture>
{
    private ApiClient Api(string? key = TestKeys.Analyst) => fixture.Deployment.Client(key);

    [Fact]
    public async Task Playbooks_AnalystAsks_ListsTheShippedPlaybooksValidWithTriggersAndRisk()
    {
        using var api = Api();

        var list = await api.GetJsonAsync("/api/v1/playbooks");

        Assert.Empty(list.GetProperty("refused").EnumerateArray());
        var block = list.GetProperty("playbooks").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "block-malicious-ip");
        Assert.Equal(2, block.GetProperty("version").GetInt32());
        Assert.True(block.GetProperty("valid").GetBoolean());
        Assert.Equal(0, block.GetProperty("problems").GetInt32());
        Assert.Contains("has_observable(alert, 'ip')", block.GetProperty("triggers")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("high", block.GetProperty("risk").GetProperty("highest").GetString());
        var gated = block.GetProperty("risk").GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("step_id").GetString() == "block");
        Assert.Equal(("simulation", "block_ip", true), (gated.GetProperty("connector").GetString(), gated.GetProperty("action").GetString(), gated.GetProperty("asks_approval").GetBoolean()));
    }

    [Fact]
    public async Task Playbook_ById_ReturnsItsYamlNoProblemsAndTheVersionInService()
    {
        using var api = Api();

        var playbook = await api.GetJsonAsync("/api/v1/playbooks/block-malicious-ip");

        Assert.Equal("block-malicious-ip.yaml", playbook.GetProperty("file").GetString());
        Assert.Contains("  id: block-malicious-ip\n", playbook.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.True(playbook.GetProperty("source_in_service").GetBoolean());
        Assert.Empty(playbook.GetProperty("problems").EnumerateArray());
        var version = playbook.GetProperty("versions")[0];
        Assert.Equal((2, true), (version.GetProperty("version").GetInt32(), version.GetProperty("in_service").GetBoolean()));
        Assert.Equal(playbook.GetProperty("content_hash").GetString(), version.GetProperty("content_hash").GetString());
    }

    [Fact]
    public async Task Playbook_NotInService_Is404()
    {
        using var api = Api();

        using var response = await api.GetAsync("/api/v1/playbooks/no-such-playbook");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Connectors_AnalystAsks_ListsTheSimulationBlockWithRiskUndoOpenC2AndSchema()
    {
        using var api = Api();

        var connectors = await api.GetJsonAsync("/api/v1/connectors");

        var simulation = connectors.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "simulation");
        Assert.True(simulation.GetProperty("simulated").GetBoolean());
        Assert.False(string.IsNullOrEmpty(simulation.GetProperty("host_id").GetString()));
        var block = simulation.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "block_ip");
        Assert.Equal(("high", "unblock_ip"), (block.GetProperty("risk").GetString(), block.GetProperty("undo_action").GetString()));
        var openC2 = block.GetProperty("open_c2");
        Assert.Equal(("deny", "ipv4_net"), (openC2.GetProperty("action").GetString(), openC2.GetProperty("target").GetString()));
        Assert.True(block.GetProperty("input_schema").GetProperty("properties").TryGetProperty("ip", out _));
    }

    [Theory]
    [InlineData("/api/v1/playbooks")]
    [InlineData("/api/v1/playbooks/block-malicious-ip")]
    [InlineData("/api/v1/connectors")]
    public async Task CatalogEndpoints_WithoutAKeyOrWithAnIngestKey_Are401And403(string path)
    {
        using var anonymous = Api(null);
        using var ingest = Api(TestKeys.Ingest);

        using var unauthenticated = await anonymous.GetAsync(path);
        using var forbidden = await ingest.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Audit_FilteredByActorAndKind_ListsOnlyThatPersonsEntriesOfThatKind()
    {
        using var ingest = Api(TestKeys.Ingest);
        using (var posted = await ingest.PostJsonAsync("/api/v1/alerts", Alerts.C2Beacon("198.51.100.61")))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        using var api = Api();
        var incident = await Eventually.GetAsync("the incident", async () =>
            (await api.GetJsonAsync("/api/v1/incidents")).EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("title").GetString() == "C2 beacon to 198.51.100.61") is { ValueKind: JsonValueKind.Object } found
                ? found.GetProperty("id").GetString()
                : null, diagnostics: fixture.Deployment.Diagnostics);
        using (var commented = await api.PostAsync($"/api/v1/incidents/{incident}/comments", new { text = "checking" }))
        {
            Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        }

        var byBob = await api.GetJsonAsync($"/api/v1/audit?incident={incident}&actor=bob&verify=true");
        var comments = await api.GetJsonAsync($"/api/v1/audit?incident={incident}&kind=incident_commented");

        Assert.Equal(["incident_commented"], byBob.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.True(byBob.GetProperty("chain_valid").GetBoolean());
        Assert.True(byBob.GetProperty("chain_entries_checked").GetInt64() > 0);
        Assert.Equal(["bob"], comments.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("actor").GetString()));
    }
}
