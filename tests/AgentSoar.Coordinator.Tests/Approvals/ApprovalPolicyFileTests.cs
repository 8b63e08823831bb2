using AgentSoar.Contracts;
using AgentSoar.Coordinator.Approvals;

namespace AgentSoar.Coordinator.Tests.Approvals;

public sealed class ApprovalPolicyFileTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Load_ShippedPolicy_ReadsEveryRisk()
    {
        var shipped = Path.Combine(RepositoryRoot.Path, "config", "approval-policy.yaml");

        var policy = ApprovalPolicyFile.Load(shipped);

        Assert.Equal(0, policy.ApproversFor(RiskLevel.Low));
        Assert.Equal(1, policy.ApproversFor(RiskLevel.High));
        Assert.Equal(2, policy.ApproversFor(RiskLevel.Critical));
        Assert.Equal(TimeSpan.FromMinutes(15), policy.DefaultExpiry);
        Assert.Equal(RiskLevel.Critical, policy.UnknownActionRisk);
    }

    [Fact]
    public void Load_PartialFile_KeepsDefaultsForTheRest()
    {
        File.WriteAllText(_file, "approvers: { low: 1 }\nroles: { critical: responder }\ndefault_expiry: 5m\n");

        var policy = ApprovalPolicyFile.Load(_file);

        Assert.Equal(1, policy.ApproversFor(RiskLevel.Low));
        Assert.Equal(2, policy.ApproversFor(RiskLevel.Critical));
        Assert.Equal("responder", policy.RoleByRisk[RiskLevel.Critical]);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.DefaultExpiry);
    }

    [Theory]
    [InlineData("approvers: { severe: 1 }\n", ":1:14: error: expected a risk")]
    [InlineData("approvers:\n  high: 9\n", ":2:9: error: approvers must be a whole number")]
    [InlineData("default_expiry: soon\n", ":1:17: error: expected a duration")]
    [InlineData("approver: { high: 1 }\n", ":1:1: error: unknown key 'approver'")]
    public void Load_Invalid_StopsWithPosition(string yaml, string expected)
    {
        File.WriteAllText(_file, yaml);

        var error = Assert.Throws<InvalidOperationException>(() => ApprovalPolicyFile.Load(_file));

        Assert.Contains(_file + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoPath_IsTheDefaultPolicy()
    {
        Assert.Same(AgentSoar.Engine.Approvals.ApprovalPolicy.Default, ApprovalPolicyFile.Load(null));
    }
}
