using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>A named class of assets of one criticality (<c>domain controllers</c>: <c>dc-*</c>, <c>10.0.0.0/24</c>).</summary>
public sealed record AssetClass(string Name, AssetCriticality Criticality, IReadOnlyList<AssetPattern> Patterns)
{
    public bool Matches(string value) => Patterns.Any(p => p.Matches(value));
}
