namespace AgentSoar.Contracts.Queries;

/// <summary>The expression that decided a branch, the value it took, and the branch that followed.</summary>
public sealed record BranchDecisionView(string Expression, string Value, string Branch);
