namespace AgentSoar.Contracts.Queries;

/// <summary>What a playbook can do: the highest risk among its actions (null when it calls none the Coordinator knows) and each action step.</summary>
public sealed record PlaybookRiskView(RiskLevel? Highest, IReadOnlyList<PlaybookActionUseView> Actions);
