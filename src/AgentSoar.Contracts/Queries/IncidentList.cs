namespace AgentSoar.Contracts.Queries;

public sealed record IncidentList(IReadOnlyList<IncidentView> Incidents);
