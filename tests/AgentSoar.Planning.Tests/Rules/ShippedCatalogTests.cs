using System.Text.Json.Nodes;
using AgentSoar.Planning.Rules;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning.Tests.Rules;

/// <summary>
/// The rules planner on the playbooks the repository ships: each one must be the planner's first
/// choice for the alert it was written for, and adding playbooks must not take the example C2
/// beacon away from <c>block-malicious-ip</c> (the end-to-end flow depends on it).
/// </summary>
public sealed class ShippedCatalogTests
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly PlaybookCatalog Shipped = LoadShipped();

    [Fact]
    public void Catalog_ShippedPlaybooks_LoadWithoutDiagnostics()
    {
        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(Path.Combine(Root, "playbooks"));

        Assert.Empty(diagnostics);
        Assert.True(catalog.All.Count >= 14, $"expected at least 14 shipped playbooks, found {catalog.All.Count}");
    }

    [Fact]
    public async Task Plan_C2BeaconExample_ChoosesBlockMaliciousIpAheadOfTheRest()
    {
        var finding = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Root, "docs", "examples", "c2-beacon.json")))!;

        var result = await PlanAsync(finding);

        AssertClearlyFirst("block-malicious-ip", result);
    }

    [Theory]
    [InlineData("phishing-report-triage")]
    [InlineData("malicious-file-hash")]
    [InlineData("brute-force-service")]
    [InlineData("suspicious-powershell")]
    [InlineData("credential-dumping")]
    [InlineData("lateral-movement-remote-service")]
    [InlineData("c2-beaconing-domain")]
    [InlineData("data-exfiltration")]
    [InlineData("enrichment-only-triage")]
    [InlineData("compromised-user-account")]
    [InlineData("ransomware-on-host")]
    public async Task Plan_AlertOfThePlaybooksFirstTestCase_ChoosesThatPlaybookAheadOfTheRest(string playbookId)
    {
        var finding = FirstTestAlert(playbookId);

        var result = await PlanAsync(finding);

        AssertClearlyFirst(playbookId, result);
    }

    private static void AssertClearlyFirst(string playbookId, PlanningResult result)
    {
        var ranking = string.Join(", ", result.Candidates.Select(c => $"{c.PlaybookId} {c.Confidence}"));
        Assert.True(result.Candidates.Count > 0, $"no candidate; expected {playbookId}");
        Assert.True(result.Candidates[0].PlaybookId == playbookId, $"expected {playbookId} first; ranking: {ranking}");
        if (result.Candidates.Count > 1)
        {
            // Strictly ahead: a tie would be settled by the playbook id, not by the alert.
            Assert.True(result.Candidates[0].Confidence > result.Candidates[1].Confidence, $"{playbookId} ties with {result.Candidates[1].PlaybookId}; ranking: {ranking}");
        }
    }

    private static async Task<PlanningResult> PlanAsync(JsonNode finding) =>
        await new RulesPlanner(TimeProvider.System).PlanAsync(new PlanningRequest(Guid.NewGuid(), finding, Shipped), CancellationToken.None);

    /// <summary>The alert of the first case in <c>playbooks/ID.test.yaml</c>: the main path the playbook was written for.</summary>
    private static JsonNode FirstTestAlert(string playbookId)
    {
        var file = Path.Combine(Root, "playbooks", $"{playbookId}.test.yaml");
        var (value, diagnostics) = YamlData.Parse(File.ReadAllText(file), file);
        Assert.Empty(diagnostics);
        var alert = value?["cases"]?[0]?["alert"];
        Assert.True(alert is JsonObject, $"{file}: the first case has no alert");

        // As the intake hands it over: JSON, so numbers read as they do for a real alert.
        return JsonNode.Parse(alert!.ToJsonString())!;
    }

    private static PlaybookCatalog LoadShipped()
    {
        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(Path.Combine(Root, "playbooks"));
        return diagnostics.Count == 0
            ? catalog
            : throw new InvalidOperationException("The shipped playbooks do not load: " + string.Join("; ", diagnostics));
    }
}
