namespace AgentSoar.Storage;

/// <summary>An alert as received, already normalised; <paramref name="FindingJson"/> is the OCSF finding.</summary>
public sealed record AlertRecord(
    Guid Id,
    Guid IncidentId,
    string Source,
    string FindingJson,
    DateTimeOffset ReceivedAt);
