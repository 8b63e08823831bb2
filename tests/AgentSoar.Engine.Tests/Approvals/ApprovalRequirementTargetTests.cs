using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Tests.Approvals;

/// <summary>The policy's target rules: the criticality of the most critical target, and the blast radius.</summary>
public sealed class ApprovalRequirementTargetTests
{
    private static readonly ActionTraits LowRiskChange = new(RiskLevel.Low, Mutating: true);

    private static readonly ApprovalPolicy Policy = ApprovalPolicy.Default with
    {
        Assets =
        [
            Class("domain controllers", AssetCriticality.Critical, "dc-*", "10.0.0.0/24", "svc-*@corp.example"),
            Class("web servers", AssetCriticality.High, "web-*", "dc-web-*"),
        ],
        ApproversByCriticality = new Dictionary<AssetCriticality, int> { [AssetCriticality.High] = 1, [AssetCriticality.Critical] = 2 },
        RoleByCriticality = new Dictionary<AssetCriticality, string?> { [AssetCriticality.Critical] = "responder" },
        BlastRadius = new BlastRadiusRule(Targets: 10, Approvers: 2),
    };

    [Fact]
    public void Evaluate_LowRiskChangeOnCriticalAsset_NeedsTheCriticalityApproversAndRole()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, null, new JsonObject { ["host"] = "DC-01", ["reason"] = "c2" });

        Assert.Equal(2, requirement.Approvers);
        Assert.Equal("responder", requirement.Role);
        Assert.Equal(new AssetMatch("DC-01", "domain controllers", AssetCriticality.Critical), requirement.Asset);
        Assert.Equal("policy requires 2 approval(s): low-risk action; target DC-01 is a critical asset (domain controllers)", requirement.Reason);
    }

    [Theory]
    [InlineData("10.0.0.7", 2)]
    [InlineData("10.0.1.7", 0)]
    [InlineData("svc-backup@corp.example", 2)]
    [InlineData("web-3", 1)]
    [InlineData("laptop-9", 0)]
    public void Evaluate_CidrAndGlobPatterns_ClassifyTheTarget(string target, int expected)
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, null, new JsonObject { ["target"] = target });

        Assert.Equal(expected, requirement.Approvers);
        Assert.Equal(expected > 0, requirement.Asset is not null);
    }

    [Fact]
    public void Evaluate_SeveralTargets_TheMostCriticalCountsAndTheFirstClassMatchedWins()
    {
        // dc-web-1 matches both classes: the first one listed, domain controllers, is its class.
        var inputs = new JsonObject { ["hosts"] = new JsonArray("web-1", new JsonObject { ["name"] = "dc-web-1" }) };

        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, null, inputs);

        Assert.Equal(new AssetMatch("dc-web-1", "domain controllers", AssetCriticality.Critical), requirement.Asset);
        Assert.Equal(2, requirement.Approvers);
    }

    [Fact]
    public void Evaluate_BlastRadiusReached_NeedsItsApprovers()
    {
        var ips = Enumerable.Range(1, 10).Select(i => (JsonNode?)$"198.51.100.{i}").ToArray();

        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, null, new JsonObject { ["ips"] = new JsonArray(ips) });

        Assert.Equal(2, requirement.Approvers);
        Assert.Equal(10, requirement.TargetCount);
        Assert.Null(requirement.Asset);
        Assert.Contains("it names 10 distinct targets", requirement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BelowBlastRadius_RepeatsAndNumbersNotCounted()
    {
        // Nine distinct values: a repeat in another case and a number are not targets.
        var values = Enumerable.Range(1, 9).Select(i => (JsonNode?)$"host-{i}").Append("HOST-1").Append(JsonValue.Create(42)).ToArray();

        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, null, new JsonObject { ["hosts"] = new JsonArray(values) });

        Assert.Equal(0, requirement.Approvers);
        Assert.Null(requirement.TargetCount);
        Assert.Equal("policy requires 0 approval(s) for low-risk actions", requirement.Reason);
    }

    [Fact]
    public void Evaluate_PlaybookAsksMoreThanTheTargetRules_GetsMoreButKeepsThePolicyRole()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(
            Policy, LowRiskChange, new ApprovalSpec(3, "analyst", null), new JsonObject { ["host"] = "dc-01" });

        Assert.Equal(3, requirement.Approvers);
        Assert.Equal("responder", requirement.Role);
        Assert.EndsWith("; the playbook asks for 3", requirement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PlaybookAsksLessThanTheCriticalityRule_KeepsThePolicy()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, LowRiskChange, new ApprovalSpec(1, null, null), new JsonObject { ["host"] = "dc-01" });

        Assert.Equal(2, requirement.Approvers);
    }

    [Fact]
    public void Evaluate_ReadOnlyActionOnCriticalAsset_NeedsNoApproval()
    {
        var lookup = new ActionTraits(RiskLevel.Low, Mutating: false);
        var many = Enumerable.Range(1, 20).Select(i => (JsonNode?)$"dc-{i}").ToArray();

        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, lookup, null, new JsonObject { ["hosts"] = new JsonArray(many) });

        Assert.False(requirement.IsRequired);
        Assert.Null(requirement.Asset);
        Assert.Null(requirement.TargetCount);
    }

    [Fact]
    public void Evaluate_UnknownActionOnCriticalAsset_SaysBoth()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(Policy, null, null, new JsonObject { ["host"] = "dc-01" });

        Assert.Equal(2, requirement.Approvers);
        Assert.Equal(
            "the action is not in the connector catalog, so it is treated as critical risk; target dc-01 is a critical asset (domain controllers)",
            requirement.Reason);
    }

    private static AssetClass Class(string name, AssetCriticality criticality, params string[] patterns) =>
        new(name, criticality, patterns.Select(p => AssetPattern.TryParse(p, out _)!).ToList());
}
