namespace AgentSoar.Contracts.Incidents;

/// <summary>Request: reopen a closed incident. Answered with <see cref="IncidentChangeResult"/>.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Reason">Why, in a sentence; optional.</param>
/// <param name="By">Who reopens it.</param>
public sealed record ReopenIncident(Guid IncidentId, string? Reason, string By);
