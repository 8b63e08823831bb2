namespace AgentSoar.Contracts.Incidents;

/// <summary>Request: give the incident to someone, or to nobody. Answered with <see cref="IncidentChangeResult"/>.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Assignee">Who works on it from now on; null unassigns.</param>
/// <param name="By">Who assigns.</param>
public sealed record AssignIncident(Guid IncidentId, string? Assignee, string By);
