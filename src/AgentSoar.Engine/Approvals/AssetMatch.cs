using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>Which of an action's values made it touch a classified asset: the value, the asset class and its criticality.</summary>
public sealed record AssetMatch(string Target, string Asset, AssetCriticality Criticality);
