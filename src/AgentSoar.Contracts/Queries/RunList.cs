namespace AgentSoar.Contracts.Queries;

public sealed record RunList(IReadOnlyList<RunView> Runs);
