namespace AgentSoar.Storage;

/// <summary>One link of the hash-chained audit trail.</summary>
/// <remarks>
/// <c>Sequence</c> is 1 for the first entry, then without gaps. <c>PreviousHash</c> is the previous entry's
/// hash (64 zeros for the first entry), <c>Hash</c> the lowercase hex SHA-256 of the entry's canonical
/// encoding (see <see cref="AuditHasher"/>).
/// </remarks>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Kind,
    Guid? IncidentId,
    Guid? RunId,
    string? StepId,
    string DataJson,
    string PreviousHash,
    string Hash);
