using AgentSoar.Contracts;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Coordinator.Tests.Approvals;

/// <summary>The policy file's target rules: asset classes, approvers by criticality, blast radius.</summary>
public sealed class ApprovalPolicyAssetsTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Load_TargetRules_AreRead()
    {
        File.WriteAllText(_file, """
            assets:
              - name: domain controllers
                criticality: critical
                match: ["dc-*", "10.0.0.0/24", "svc-*@corp.example"]
              - name: web servers
                criticality: high
                match: [web-*]
            criticality:
              approvers: { high: 1, critical: 2 }
              roles: { critical: responder }
            blast_radius:
              targets: 10
              approvers: 2
            """);

        var policy = ApprovalPolicyFile.Load(_file);

        Assert.Equal(new[] { "domain controllers", "web servers" }, policy.Assets.Select(a => a.Name));
        Assert.Equal(AssetCriticality.Critical, policy.Assets[0].Criticality);
        Assert.Equal(new AssetMatch("10.0.0.9", "domain controllers", AssetCriticality.Critical), policy.MostCriticalTarget(["web-1", "10.0.0.9"]));
        Assert.Equal(2, policy.ApproversByCriticality[AssetCriticality.Critical]);
        Assert.Equal(1, policy.ApproversByCriticality[AssetCriticality.High]);
        Assert.Equal("responder", policy.RoleByCriticality[AssetCriticality.Critical]);
        Assert.Equal(new BlastRadiusRule(10, 2), policy.BlastRadius);
        Assert.Equal(2, policy.ApproversFor(RiskLevel.Critical));
    }

    [Fact]
    public void Load_ShippedExampleUncommented_IsValid()
    {
        // The shipped policy keeps its target rules commented out; uncommented as the file says, they must load.
        var shipped = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "config", "approval-policy.yaml"));
        var example = shipped.SkipWhile(l => !l.StartsWith("# assets:", StringComparison.Ordinal)).Select(l => l.Length > 2 ? l[2..] : string.Empty);
        File.WriteAllLines(_file, example);

        var policy = ApprovalPolicyFile.Load(_file);

        Assert.Equal(AssetCriticality.Critical, Assert.Single(policy.Assets).Criticality);
        Assert.Equal(2, policy.ApproversByCriticality[AssetCriticality.Critical]);
        Assert.Equal(new BlastRadiusRule(10, 2), policy.BlastRadius);
    }

    [Fact]
    public void Load_WithoutTargetRules_HasNone()
    {
        File.WriteAllText(_file, "approvers: { low: 0 }\n");

        var policy = ApprovalPolicyFile.Load(_file);

        Assert.Empty(policy.Assets);
        Assert.Empty(policy.ApproversByCriticality);
        Assert.Null(policy.BlastRadius);
    }

    [Theory]
    [InlineData("assets: { name: dc }\n", ":1:9: error: assets must be a list")]
    [InlineData("assets:\n  - name: dc\n    criticality: severe\n    match: [dc-*]\n", ":3:18: error: expected a criticality")]
    [InlineData("assets:\n  - name: dc\n    criticality: 3\n    match: [dc-*]\n", ":3:18: error: expected a criticality")]
    [InlineData("assets:\n  - name: dc\n    criticality: high\n", ":2:5: error: an asset class needs match")]
    [InlineData("assets:\n  - criticality: high\n    match: [dc-*]\n", ":2:5: error: an asset class needs name")]
    [InlineData("assets:\n  - name: dc\n    criticality: high\n    match: []\n", ":4:12: error: match must be a non-empty list")]
    [InlineData("assets:\n  - name: dc\n    criticality: high\n    match: [\"10.0.0.0/33\"]\n", ":4:13: error: '10.0.0.0/33' is not a CIDR")]
    [InlineData("assets:\n  - name: dc\n    criticality: high\n    match: [dc-*]\n    tags: [x]\n", ":5:5: error: unknown key 'tags' in an asset class")]
    [InlineData("criticality:\n  approvers: { critical: 7 }\n", ":2:26: error: approvers must be a whole number")]
    [InlineData("criticality:\n  approvers: { severe: 1 }\n", ":2:16: error: expected a criticality")]
    [InlineData("criticality:\n  role: { critical: responder }\n", ":2:3: error: unknown key 'role' in criticality")]
    [InlineData("blast_radius:\n  targets: 1\n  approvers: 2\n", ":2:12: error: targets must be a whole number of at least 2")]
    [InlineData("blast_radius:\n  targets: 10\n", ":2:3: error: blast_radius needs approvers")]
    [InlineData("blast_radius: 10\n", ":1:15: error: blast_radius must be a mapping")]
    public void Load_MalformedTargetRule_StopsWithPosition(string yaml, string expected)
    {
        File.WriteAllText(_file, yaml);

        var error = Assert.Throws<InvalidOperationException>(() => ApprovalPolicyFile.Load(_file));

        Assert.Contains(_file + expected, error.Message, StringComparison.Ordinal);
    }
}
