namespace AgentSoar.Storage;

/// <summary>What a caller appends to the audit trail; the store assigns the sequence and the hashes.</summary>
public sealed record AuditDraft(
    DateTimeOffset At,
    string Actor,
    string Kind,
    Guid? IncidentId,
    Guid? RunId,
    string? StepId,
    string DataJson);
