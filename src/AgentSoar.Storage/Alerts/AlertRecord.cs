namespace AgentSoar.Storage;

/// <summary>An alert as received, already normalised; <paramref name="FindingJson"/> is the OCSF finding.</summary>
public sealed record AlertRecord(
    Guid Id,
    Guid IncidentId,
    string Source,
    string FindingJson,
    DateTimeOffset ReceivedAt)
{
    /// <summary>What makes two alerts the same alert (rule and key observables); null for alerts stored before fingerprints.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The earlier alert this one repeats, when it was recognised as a duplicate.</summary>
    public Guid? DuplicateOf { get; init; }
}
