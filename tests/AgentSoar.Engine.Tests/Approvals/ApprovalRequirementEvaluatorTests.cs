using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Tests.Approvals;

public sealed class ApprovalRequirementEvaluatorTests
{
    [Theory]
    [InlineData(RiskLevel.Low, 0)]
    [InlineData(RiskLevel.Medium, 1)]
    [InlineData(RiskLevel.High, 1)]
    [InlineData(RiskLevel.Critical, 2)]
    public void Evaluate_MutatingAction_FollowsPolicyByRisk(RiskLevel risk, int expected)
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(ApprovalPolicy.Default, new ActionTraits(risk, Mutating: true), null);

        Assert.Equal(expected, requirement.Approvers);
        Assert.Equal(risk, requirement.Risk);
    }

    [Fact]
    public void Evaluate_ReadOnlyAction_NeedsNoApproval()
    {
        Assert.False(ApprovalRequirementEvaluator.Evaluate(ApprovalPolicy.Default, new ActionTraits(RiskLevel.Critical, Mutating: false), null).IsRequired);
    }

    [Fact]
    public void Evaluate_PlaybookAsksMore_GetsMore()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(
            ApprovalPolicy.Default, new ActionTraits(RiskLevel.Low, true), new ApprovalSpec(2, "responder", TimeSpan.FromMinutes(5)));

        Assert.Equal(2, requirement.Approvers);
        Assert.Equal("responder", requirement.Role);
        Assert.Equal(TimeSpan.FromMinutes(5), requirement.Expiry);
    }

    [Fact]
    public void Evaluate_PlaybookAsksLess_KeepsPolicy()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(
            ApprovalPolicy.Default, new ActionTraits(RiskLevel.Critical, true), new ApprovalSpec(0, null, null));

        Assert.Equal(2, requirement.Approvers);
    }

    [Fact]
    public void Evaluate_UnknownAction_IsTreatedAsUnknownActionRisk()
    {
        var requirement = ApprovalRequirementEvaluator.Evaluate(ApprovalPolicy.Default, null, null);

        Assert.Equal(RiskLevel.Critical, requirement.Risk);
        Assert.Equal(2, requirement.Approvers);
        Assert.Contains("not in the connector catalog", requirement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PlaybookRoleAndLongerExpiry_CannotLoosenThePolicy()
    {
        var policy = ApprovalPolicy.Default with { RoleByRisk = new Dictionary<RiskLevel, string?> { [RiskLevel.High] = "lead" } };

        var requirement = ApprovalRequirementEvaluator.Evaluate(policy, new ActionTraits(RiskLevel.High, true), new ApprovalSpec(1, "analyst", TimeSpan.FromDays(7)));

        Assert.Equal("lead", requirement.Role);
        Assert.Equal(policy.DefaultExpiry, requirement.Expiry);
    }
}
