namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="IncidentList"/>.</summary>
public sealed record GetIncidents(int Limit);
