using System.Text.Json.Nodes;
using AgentSoar.Intake.Attack;
using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake.Tests.Sigma;

/// <summary>The real Sigma matches of the shared test data: each must give exactly what its expected file lists.</summary>
public sealed class SigmaAlertsTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.SharedTestData, "sigma-alerts");

    public static TheoryData<string> Alerts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.alert.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".alert.json".Length]);
        }

        return data;
    }

    [Fact]
    public void Alerts_SharedFolder_HoldsAllSixtyTwoPairs()
    {
        var ids = Directory.EnumerateFiles(Folder, "*.alert.json").Select(f => Path.GetFileName(f)[..^".alert.json".Length]).ToList();

        Assert.Equal(62, ids.Count);
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(Folder, id + ".expected.json")), id));
    }

    [Theory]
    [MemberData(nameof(Alerts))]
    public void Normalize_RealSigmaMatch_ExtractsEveryExpectedField(string id)
    {
        var raw = File.ReadAllText(Path.Combine(Folder, id + ".alert.json"));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, id + ".expected.json")))!.AsObject();

        var result = new AlertNormalizer().Normalize(raw);

        Assert.Equal(AlertFormat.Sigma, result.Format);
        var finding = result.Finding;
        Assert.Empty(OcsfFindingValidator.Validate(finding));
        var facts = result.Facts;
        Assert.Equal(expected["rule_id"]!.GetValue<string>(), facts.RuleUid);
        Assert.Equal(expected["title"]!.GetValue<string>(), facts.Title);
        Assert.Equal(expected["severity_id"]!.GetValue<int>(), facts.SeverityId);
        // The expected files list techniques and tactics as sorted sets; the finding keeps the rule's tag order.
        Assert.Equal(Sorted(expected["techniques"]), facts.Techniques.Order(StringComparer.Ordinal));
        Assert.Equal(Sorted(expected["tactics"]), facts.Tactics.Select(t => AttackTactics.Slug(t.Name)).Order(StringComparer.Ordinal));
        Assert.All(facts.Tactics, t => Assert.NotNull(t.Uid));
        Assert.Equal(expected["hostname"]!.GetValue<string>(), facts.Hostname);
        Assert.Contains(facts.Observables, o => o.TypeId == ObservableType.Hostname && o.Value == facts.Hostname);
        Assert.Equal(raw, finding["raw_data"]!.GetValue<string>());
        Assert.Equal(2004, finding["class_uid"]!.GetValue<int>());
    }

    private static IEnumerable<string> Sorted(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);
}
