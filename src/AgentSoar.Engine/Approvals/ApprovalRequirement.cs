using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>The gate's verdict for one rendered action: how many approvers, of which role, until when, and why.</summary>
public sealed record ApprovalRequirement(int Approvers, string? Role, TimeSpan Expiry, RiskLevel Risk, string Reason)
{
    public bool IsRequired => Approvers > 0;

    /// <summary>The most critical classified asset a mutating action touches, when it touches one.</summary>
    public AssetMatch? Asset { get; init; }

    /// <summary>How many distinct values the action names, when that reached the policy's blast radius.</summary>
    public int? TargetCount { get; init; }
}
