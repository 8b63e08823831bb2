namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="RunDetails"/>.</summary>
public sealed record GetRun(Guid RunId);
