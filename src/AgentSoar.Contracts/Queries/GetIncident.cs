namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="IncidentDetails"/>.</summary>
public sealed record GetIncident(Guid IncidentId);
