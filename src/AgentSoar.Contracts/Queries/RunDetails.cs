namespace AgentSoar.Contracts.Queries;

/// <summary><see cref="Run"/> is null when the run does not exist.</summary>
public sealed record RunDetails(RunView? Run);
