using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>What the gate needs to know of a connector action (from the connector catalog).</summary>
public sealed record ActionTraits(RiskLevel Risk, bool Mutating);
