namespace AgentSoar.Storage;

/// <summary>
/// One write transaction. Disposing it without <see cref="CommitAsync"/> rolls everything back,
/// audit entries and outbox messages included. Not thread-safe: one caller at a time.
/// </summary>
/// <remarks>
/// On SQLite a transaction holds the database's single write lock from begin to end; on PostgreSQL, the
/// commit locks the audit chain head (when entries were added) just before it writes them and commits, so
/// that row lock is always the last one a transaction takes. Keep transactions short.
/// After a method throws, the transaction may be unusable (PostgreSQL aborts it): dispose it.
/// </remarks>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>
    /// Records that <paramref name="consumer"/> handled <paramref name="messageId"/> (the inbox).
    /// Returns false if it already had, in which case the caller should change nothing.
    /// </summary>
    Task<bool> TryMarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken ct);

    Task InsertIncidentAsync(IncidentRecord incident, CancellationToken ct);

    /// <summary>
    /// Stores the incident if the stored version is <c>incident.Version - 1</c>; false (nothing changed) otherwise.
    /// Id and creation time are not updated.
    /// </summary>
    Task<bool> TryUpdateIncidentAsync(IncidentRecord incident, CancellationToken ct);

    /// <summary>Adds a comment to an incident that exists.</summary>
    Task InsertIncidentCommentAsync(IncidentCommentRecord comment, CancellationToken ct);

    /// <summary>
    /// The newest alert with this fingerprint received at or after <paramref name="since"/> whose incident is open;
    /// null when there is none. Read inside the transaction, so on SQLite (one writer) two repeats can't both miss it.
    /// </summary>
    Task<AlertRecord?> FindRecentAlertByFingerprintAsync(string fingerprint, DateTimeOffset since, CancellationToken ct);

    /// <summary>Open incidents that involve any of <paramref name="keys"/>, seen at or after <paramref name="since"/>, newest first per key.</summary>
    Task<IReadOnlyList<IncidentKeyMatch>> FindOpenIncidentsByKeysAsync(IReadOnlyCollection<IncidentKey> keys, DateTimeOffset since, CancellationToken ct);

    /// <summary>Records that the incident involves these keys, as of <paramref name="at"/> (a key's time never goes back).</summary>
    Task UpsertIncidentKeysAsync(Guid incidentId, IReadOnlyCollection<IncidentKey> keys, DateTimeOffset at, CancellationToken ct);

    /// <summary>
    /// Adds a refused alert to the dead-letter list and drops the oldest beyond <paramref name="keep"/>; false when
    /// that rejection (by id) was recorded already.
    /// </summary>
    Task<bool> TryAddRejectedAlertAsync(RejectedAlertRecord rejected, int keep, CancellationToken ct);

    /// <summary>Adds a dead letter and drops the oldest beyond <paramref name="keep"/>; false when it (by id) was recorded already.</summary>
    Task<bool> TryAddDeadLetterAsync(DeadLetterRecord deadLetter, int keep, CancellationToken ct);

    /// <summary>Records who replayed a dead letter and when; false when there is no such dead letter or it was replayed already (the first replay stands).</summary>
    Task<bool> TryMarkDeadLetterReplayedAsync(Guid id, string replayedBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>Adds an account; fails (a <see cref="System.Data.Common.DbException"/>) when its user name is taken.</summary>
    Task InsertUserAsync(UserRecord user, CancellationToken ct);

    /// <summary>Adds the account only if there is no account at all; false when there was one.</summary>
    Task<bool> TryInsertFirstUserAsync(UserRecord user, CancellationToken ct);

    /// <summary>Stores the account if the stored version is <c>user.Version - 1</c>; false (nothing changed) otherwise. Id, name and creation time never change.</summary>
    Task<bool> TryUpdateUserAsync(UserRecord user, CancellationToken ct);

    /// <summary>Adds the API key; false (nothing added) when its name is taken.</summary>
    Task<bool> TryInsertApiKeyAsync(ApiKeyRecord key, CancellationToken ct);

    /// <summary>Revokes the key; false when there is no such key or it was revoked already (the first revocation stands).</summary>
    Task<bool> TryRevokeApiKeyAsync(Guid id, string revokedBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>Inserts the alert; false if an alert with that id exists already (a redelivery).</summary>
    Task<bool> TryInsertAlertAsync(AlertRecord alert, CancellationToken ct);

    Task InsertPlanAsync(PlanRecord plan, CancellationToken ct);

    /// <summary>Records what a person did with a proposed plan; false when someone already decided it (nothing changes).</summary>
    Task<bool> TryDecidePlanAsync(Guid planId, string outcomeJson, CancellationToken ct);

    Task InsertRunAsync(RunRecord run, CancellationToken ct);

    /// <summary>
    /// Stores status, state, wake time, update time and version if the stored version is <c>run.Version - 1</c>;
    /// false (nothing changed) otherwise. The incident and the playbook identity of a run never change.
    /// </summary>
    Task<bool> TryUpdateRunAsync(RunRecord run, CancellationToken ct);

    Task InsertApprovalAsync(ApprovalRecord approval, CancellationToken ct);

    /// <summary>
    /// Stores status, decisions, expiry, decision time and version if the stored version is
    /// <c>approval.Version - 1</c>; false (nothing changed) otherwise. What the approval is bound to
    /// (run, incident, step, action hash, request) never changes.
    /// </summary>
    Task<bool> TryUpdateApprovalAsync(ApprovalRecord approval, CancellationToken ct);

    /// <summary>
    /// Adds an entry to the audit trail. Entries are written at the commit, in the order added, with the next
    /// sequences and chained hashes: the chain head is locked only for that moment, which serialises concurrent
    /// transactions and processes so the chain never forks. A rollback writes none and leaves no gap.
    /// </summary>
    void AppendAudit(AuditDraft draft);

    /// <summary>
    /// Queues a message that becomes visible to the publisher only if this transaction commits; it is written
    /// at the commit, with the audit entries, in one round trip where the engine allows.
    /// </summary>
    void EnqueueOutbox(OutboxMessage message);

    /// <summary>The audit entries the commit wrote, with their sequences and hashes; empty before it.</summary>
    IReadOnlyList<AuditEntry> AuditWritten { get; }

    /// <summary>Commits; the transaction can't be used afterwards.</summary>
    Task CommitAsync(CancellationToken ct);
}
