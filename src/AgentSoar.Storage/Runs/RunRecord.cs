namespace AgentSoar.Storage;

/// <summary>A playbook run: the durable state of the run state machine.</summary>
/// <remarks>
/// <c>WakeAt</c> is the earliest deadline in the run (step timeout, approval expiry), or null when nothing
/// is pending; the watchdog asks for runs whose WakeAt has passed. <c>Version</c> is the optimistic
/// concurrency version.
/// </remarks>
public sealed record RunRecord(
    Guid Id,
    Guid IncidentId,
    string PlaybookId,
    int PlaybookVersion,
    string PlaybookHash,
    string Status,
    string StateJson,
    DateTimeOffset? WakeAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
