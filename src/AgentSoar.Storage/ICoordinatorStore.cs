namespace AgentSoar.Storage;

/// <summary>
/// The Coordinator's persistence: dumb storage of the JSON the caller gives it, plus the guarantees
/// the rest of the system leans on (optimistic concurrency, idempotent consumers, the audit hash chain,
/// the transactional outbox). One implementation per engine; both pass the same tests.
/// </summary>
/// <remarks>
/// Reads run outside any transaction and see committed data. Writes go through <see cref="BeginAsync"/>.
/// Database failures surface as <see cref="System.Data.Common.DbException"/> (for example inserting an
/// id that already exists with a non-Try method). Instances are thread-safe and meant to be singletons.
/// </remarks>
public interface ICoordinatorStore
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Engine { get; }

    /// <summary>
    /// Applies pending versioned migrations and records them in <c>schema_migrations</c>. Idempotent,
    /// and safe when several processes start at once. Fails if the database is newer than this build.
    /// </summary>
    Task MigrateAsync(CancellationToken ct);

    /// <summary>True when the database answers a trivial query; false (never an exception) when it does not.</summary>
    Task<bool> PingAsync(CancellationToken ct);

    /// <summary>Starts a write transaction; dispose it without <see cref="IStoreTransaction.CommitAsync"/> to roll back.</summary>
    Task<IStoreTransaction> BeginAsync(CancellationToken ct);

    Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct);

    /// <summary>Newest first by creation time.</summary>
    Task<IReadOnlyList<IncidentRecord>> ListIncidentsAsync(int limit, CancellationToken ct);

    /// <summary>The incident's comments, oldest first.</summary>
    Task<IReadOnlyList<IncidentCommentRecord>> ListIncidentCommentsAsync(Guid incidentId, CancellationToken ct);

    /// <summary>The incident's alerts, oldest first by reception time.</summary>
    Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(Guid incidentId, CancellationToken ct);

    Task<AlertRecord?> GetAlertAsync(Guid id, CancellationToken ct);

    /// <summary>The account with this user name (lower case), or null.</summary>
    Task<UserRecord?> GetUserAsync(string userName, CancellationToken ct);

    /// <summary>Accounts by user name.</summary>
    Task<IReadOnlyList<UserRecord>> ListUsersAsync(int limit, CancellationToken ct);

    /// <summary>API keys made in the console, revoked ones included, by name.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(int limit, CancellationToken ct);

    Task<ApiKeyRecord?> GetApiKeyAsync(Guid id, CancellationToken ct);

    /// <summary>The dead-letter list of refused alerts, newest first.</summary>
    Task<IReadOnlyList<RejectedAlertRecord>> ListRejectedAlertsAsync(int limit, CancellationToken ct);

    /// <summary>Bus messages a service gave up on (the dead letters), newest first.</summary>
    Task<IReadOnlyList<DeadLetterRecord>> ListDeadLettersAsync(int limit, CancellationToken ct);

    Task<DeadLetterRecord?> GetDeadLetterAsync(Guid id, CancellationToken ct);

    /// <summary>The incident's plans, oldest first.</summary>
    Task<IReadOnlyList<PlanRecord>> ListPlansAsync(Guid incidentId, CancellationToken ct);

    Task<PlanRecord?> GetPlanAsync(Guid id, CancellationToken ct);

    Task<RunRecord?> GetRunAsync(Guid id, CancellationToken ct);

    /// <summary>Newest first by creation time; all incidents when <paramref name="incidentId"/> is null.</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(Guid? incidentId, int limit, CancellationToken ct);

    /// <summary>Runs whose <see cref="RunRecord.WakeAt"/> is at or before <paramref name="now"/>, earliest deadline first.</summary>
    /// <remarks>The store does not look at the status: a finished run should have no WakeAt.</remarks>
    Task<IReadOnlyList<RunRecord>> ListRunsDueAsync(DateTimeOffset now, int limit, CancellationToken ct);

    Task<ApprovalRecord?> GetApprovalAsync(Guid id, CancellationToken ct);

    /// <summary>Newest first by creation time; every status when <paramref name="status"/> is null.</summary>
    Task<IReadOnlyList<ApprovalRecord>> ListApprovalsAsync(string? status, int limit, CancellationToken ct);

    /// <summary>One incident's approvals, oldest first.</summary>
    Task<IReadOnlyList<ApprovalRecord>> ListIncidentApprovalsAsync(Guid incidentId, int limit, CancellationToken ct);

    /// <summary>
    /// Entries with a sequence above <paramref name="afterSequence"/> in sequence order, optionally only
    /// those about one incident and/or one run. Page by passing the last sequence seen.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid? incidentId, Guid? runId, long afterSequence, int limit, CancellationToken ct);

    /// <summary>Messages not yet sent and created strictly before <paramref name="createdBefore"/>, in enqueue order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListUnsentOutboxAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct);

    /// <summary>Marks messages as sent; a message already marked keeps its first sent time, unknown ids are ignored.</summary>
    Task MarkOutboxSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken ct);

    /// <summary>
    /// Re-reads the chain from the first entry: contiguous sequences, each previous hash equal to the
    /// prior entry's hash, each hash equal to the recomputed one, and the chain head matching the last entry.
    /// </summary>
    Task<AuditVerification> VerifyAuditChainAsync(CancellationToken ct);
}
