using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// How many distinct people must approve a mutating action of each risk, of each target criticality and of each
/// blast radius, and for how long a request stays open. Read-only actions need no approval unless the playbook asks
/// for one. Actions the Coordinator knows nothing about are treated as <see cref="UnknownActionRisk"/>: fail safe.
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

    /// <summary>Asset classes by criticality, in file order: a value takes the first class it matches.</summary>
    public IReadOnlyList<AssetClass> Assets { get; init; } = [];

    /// <summary>At least this many approvers when a target is of that criticality.</summary>
    public IReadOnlyDictionary<AssetCriticality, int> ApproversByCriticality { get; init; } = new Dictionary<AssetCriticality, int>();

    /// <summary>The role approvers must hold when a target is of that criticality.</summary>
    public IReadOnlyDictionary<AssetCriticality, string?> RoleByCriticality { get; init; } = new Dictionary<AssetCriticality, string?>();

    public BlastRadiusRule? BlastRadius { get; init; }

    public int ApproversFor(RiskLevel risk) => ApproversByRisk.GetValueOrDefault(risk, 2);

    /// <summary>The target of the highest criticality (the first such value on a tie), or null when none is classified.</summary>
    public AssetMatch? MostCriticalTarget(IEnumerable<string> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        AssetMatch? best = null;
        foreach (var target in targets)
        {
            if (Assets.FirstOrDefault(a => a.Matches(target)) is { } asset && (best is null || asset.Criticality > best.Criticality))
            {
                best = new AssetMatch(target, asset.Name, asset.Criticality);
            }
        }

        return best;
    }
}
