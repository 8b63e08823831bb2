using System.Text.Json.Nodes;
using AgentSoar.Planning.Rules;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning.Tests.Rules;

public sealed class RulesPlannerTests
{
    private static PlaybookCatalog Catalog(params string[] yaml) => new(yaml.Select((y, i) =>
    {
        var result = PlaybookLoader.LoadText(y, $"p{i}.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Playbook!;
    }));

    private static string Playbook(string id, string trigger, string tags) => $$$"""
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: {{{id}}}, name: {{{id}}}, tags: [{{{tags}}}] }
        triggers:
          - match: "${{ {{{trigger}}} }}"
        inputs:
          ip: { type: ip, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: s
            action: case.comment
            with: { text: x }
        """;

    private static JsonObject Finding(int severity, string technique, string tactic) => new()
    {
        ["severity_id"] = severity,
        ["finding_info"] = new JsonObject
        {
            ["uid"] = "u",
            ["title"] = "t",
            ["attacks"] = new JsonArray(new JsonObject
            {
                ["technique"] = new JsonObject { ["uid"] = technique },
                ["tactic"] = new JsonObject { ["name"] = tactic },
            }),
        },
        ["observables"] = new JsonArray(new JsonObject { ["type_id"] = 2, ["value"] = "203.0.113.9" }),
    };

    private static async Task<PlanningResult> PlanAsync(JsonObject finding, PlaybookCatalog catalog) =>
        await new RulesPlanner(TimeProvider.System).PlanAsync(new PlanningRequest(Guid.NewGuid(), finding, catalog), CancellationToken.None);

    [Fact]
    public async Task Plan_TriggerAndSubTechnique_RanksMatchingPlaybookFirstWithReasons()
    {
        var catalog = Catalog(
            Playbook("block-ip", "has_observable(alert, 'ip')", "attack.t1071"),
            Playbook("other", "has_observable(alert, 'ip')", "attack.t1566"));

        var result = await PlanAsync(Finding(3, "T1071.001", "Command and Control"), catalog);

        Assert.Equal(["block-ip", "other"], result.Candidates.Select(c => c.PlaybookId));
        var best = result.Candidates[0];
        Assert.True(best.Confidence > result.Candidates[1].Confidence);
        Assert.Contains("attack.t1071", best.Rationale, StringComparison.Ordinal);
        Assert.Contains("observables", best.FieldsUsed);
        Assert.Contains("finding_info.attacks", best.FieldsUsed);
        Assert.Equal("203.0.113.9", best.Inputs.GetProperty("ip").GetString());
    }

    [Fact]
    public async Task Plan_TriggerFalse_IsNotACandidate()
    {
        var catalog = Catalog(Playbook("high-only", "alert.severity_id >= 5", "attack.t1071"));

        var result = await PlanAsync(Finding(3, "T1071", "Command and Control"), catalog);

        Assert.Empty(result.Candidates);
    }

    [Fact]
    public async Task Plan_TacticTag_AddsToTheScore()
    {
        var catalog = Catalog(
            Playbook("with-tactic", "true", "attack.command_and_control"),
            Playbook("without", "true", "containment"));

        var result = await PlanAsync(Finding(3, "T9999", "Command and Control"), catalog);

        Assert.Equal("with-tactic", result.Candidates[0].PlaybookId);
        Assert.Contains("tactic", result.Candidates[0].Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_BothPastOne_MoreEvidenceRanksFirstWithHigherConfidence()
    {
        // "aa-less" sorts first by id, but "zz-more" also matches the tactic: 0.6+0.25+0.25+0.1 against 0.6+0.25+0.25.
        var catalog = Catalog(
            Playbook("aa-less", "true", "attack.t1071, attack.t1071.001"),
            Playbook("zz-more", "true", "attack.t1071, attack.t1071.001, attack.command_and_control"));

        var result = await PlanAsync(Finding(3, "T1071.001", "Command and Control"), catalog);

        Assert.Equal("zz-more", result.Candidates[0].PlaybookId);
        Assert.True(result.Candidates[0].Confidence > result.Candidates[1].Confidence);
        Assert.All(result.Candidates, c => Assert.InRange(c.Confidence, 0.9, 0.999));
    }

    [Theory]
    [InlineData(0.6, 0.6)]
    [InlineData(0.8, 0.8)]
    [InlineData(1.0, 0.926)]
    [InlineData(1.2, 0.973)]
    public void Confidence_Score_IsTheScoreUpToTheKneeThenBendsBelowOne(double score, double expected)
    {
        Assert.Equal(expected, RulesPlanner.Confidence(score));
    }

    [Fact]
    public async Task Plan_SeverityReadFromYamlNumbers_StillCounts()
    {
        var catalog = Catalog(Playbook("a", "true", "x"));
        var finding = Finding(4, "T1", "x");
        finding["severity_id"] = JsonValue.Create(4L);

        var result = await PlanAsync(finding, catalog);

        Assert.Contains("severity 4 is high", result.Candidates[0].Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_SameInput_SameAnswer()
    {
        var catalog = Catalog(Playbook("a", "true", "x"), Playbook("b", "true", "x"));

        var first = await PlanAsync(Finding(4, "T1", "x"), catalog);
        var second = await PlanAsync(Finding(4, "T1", "x"), catalog);

        Assert.Equal(first.Candidates.Select(c => (c.PlaybookId, c.Confidence)), second.Candidates.Select(c => (c.PlaybookId, c.Confidence)));
        Assert.Equal("a", first.Candidates[0].PlaybookId);
    }

    private static string NeedsInput(string id, string type, string tags) => $$$"""
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: {{{id}}}, name: {{{id}}}, tags: [{{{tags}}}] }
        triggers:
          - match: "${{ true }}"
        inputs:
          target: { type: {{{type}}}, required: true }
        steps:
          - id: s
            action: case.comment
            with: { text: x }
        """;

    [Fact]
    public async Task Plan_AlertLacksTheObservableAnInputNeeds_RanksBelowTheOneItHas()
    {
        var catalog = Catalog(NeedsInput("aa-needs-user", "user", "x"), NeedsInput("zz-needs-ip", "ip", "x"));

        var result = await PlanAsync(Finding(3, "T1", "x"), catalog);

        Assert.Equal(["zz-needs-ip", "aa-needs-user"], result.Candidates.Select(c => c.PlaybookId));
        Assert.Contains("the alert has the ip it needs", result.Candidates[0].Rationale, StringComparison.Ordinal);
        Assert.Contains("the alert has no user, which it needs", result.Candidates[1].Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_SourceTagNamingTheAlertsProduct_RanksFirstAndSaysWhy()
    {
        var catalog = Catalog(Playbook("aa-any", "true", "x"), Playbook("zz-sysmon", "true", "source.sysmon"));
        var finding = Finding(3, "T1", "x");
        finding["metadata"] = new JsonObject { ["product"] = new JsonObject { ["name"] = "Microsoft-Windows-Sysmon" } };

        var result = await PlanAsync(finding, catalog);

        Assert.Equal("zz-sysmon", result.Candidates[0].PlaybookId);
        Assert.Contains("the alert's source matches tag source.sysmon", result.Candidates[0].Rationale, StringComparison.Ordinal);
        Assert.Contains("metadata.product", result.Candidates[0].FieldsUsed);
    }

    [Fact]
    public async Task Plan_SourceTagOfAnotherProduct_AddsNothing()
    {
        var catalog = Catalog(Playbook("aa-any", "true", "x"), Playbook("zz-wazuh", "true", "source.wazuh"));
        var finding = Finding(3, "T1", "x");
        finding["metadata"] = new JsonObject { ["product"] = new JsonObject { ["name"] = "Sysmon" } };

        var result = await PlanAsync(finding, catalog);

        Assert.Equal(result.Candidates[0].Confidence, result.Candidates[1].Confidence);
        Assert.Equal("aa-any", result.Candidates[0].PlaybookId);
    }

    [Fact]
    public async Task Plan_SubTechniqueInTheAlert_MatchesTheParentTagButNotTheReverse()
    {
        var catalog = Catalog(Playbook("parent", "true", "attack.t1059"), Playbook("other-sub", "true", "attack.t1059.003"));

        var result = await PlanAsync(Finding(3, "T1059.001", "Execution"), catalog);

        Assert.Equal("parent", result.Candidates[0].PlaybookId);
        Assert.Contains("matches tag attack.t1059", result.Candidates[0].Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("ATT&CK", result.Candidates[1].Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Result_SaysTheRulesPlannerAnswered()
    {
        var result = await PlanAsync(Finding(3, "T1", "x"), Catalog(Playbook("a", "true", "x")));

        Assert.Equal("rules", result.AnsweredBy);
        Assert.False(result.Fallback);
        Assert.Null(result.Model);
    }
}
