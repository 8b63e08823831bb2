using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// How many distinct people must approve a mutating action of each risk, and for how long a request
/// stays open. Read-only actions need no approval unless the playbook asks for one. Actions the
/// Coordinator knows nothing about are treated as <see cref="UnknownActionRisk"/>: fail safe.
/// </summary>
public sealed record ApprovalPolicy(
    IReadOnlyDictionary<RiskLevel, int> ApproversByRisk,
    IReadOnlyDictionary<RiskLevel, string?> RoleByRisk,
    TimeSpan DefaultExpiry,
    RiskLevel UnknownActionRisk)
{
    public static ApprovalPolicy Default { get; } = new(
        new Dictionary<RiskLevel, int>
        {
            [RiskLevel.Low] = 0,
            [RiskLevel.Medium] = 1,
            [RiskLevel.High] = 1,
            [RiskLevel.Critical] = 2,
        },
        new Dictionary<RiskLevel, string?>(),
        TimeSpan.FromMinutes(15),
        RiskLevel.Critical);

    public int ApproversFor(RiskLevel risk) => ApproversByRisk.GetValueOrDefault(risk, 2);
}
