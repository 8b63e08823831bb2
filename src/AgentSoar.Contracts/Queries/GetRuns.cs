namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="RunList"/>.</summary>
public sealed record GetRuns(Guid? IncidentId, int Limit);
