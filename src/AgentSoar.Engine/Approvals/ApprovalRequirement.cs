using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>The gate's verdict for one rendered action: how many approvers, of which role, until when, and why.</summary>
public sealed record ApprovalRequirement(int Approvers, string? Role, TimeSpan Expiry, RiskLevel Risk, string Reason)
{
    public bool IsRequired => Approvers > 0;
}
