namespace AgentSoar.Storage;

/// <summary>An approval request for one step, bound to the hash of the exact action it would run.</summary>
/// <remarks><c>Version</c> is the optimistic concurrency version.</remarks>
public sealed record ApprovalRecord(
    Guid Id,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string ActionHash,
    string Status,
    string RequestJson,
    string DecisionsJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt,
    long Version);
