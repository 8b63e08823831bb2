namespace AgentSoar.Contracts.Incidents;

/// <summary>Request: close an open incident. Answered with <see cref="IncidentChangeResult"/>.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Resolution">How it ended: one of <see cref="IncidentResolutions.All"/>.</param>
/// <param name="Reason">Why, in a sentence; optional.</param>
/// <param name="By">Who closes it.</param>
public sealed record CloseIncident(Guid IncidentId, string Resolution, string? Reason, string By);
