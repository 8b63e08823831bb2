namespace AgentSoar.Contracts.Incidents;

/// <summary>Request: add and/or remove tags. Answered with <see cref="IncidentChangeResult"/>.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Add">Tags to add; ones it has already are left as they are.</param>
/// <param name="Remove">Tags to remove; ones it does not have are ignored.</param>
/// <param name="By">Who changes the tags.</param>
public sealed record TagIncident(Guid IncidentId, IReadOnlyList<string> Add, IReadOnlyList<string> Remove, string By);
