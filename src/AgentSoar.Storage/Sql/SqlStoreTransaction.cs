using System.Data.Common;
using System.Runtime.CompilerServices;

namespace AgentSoar.Storage;

/// <summary>A write transaction over one connection; the same SQL serves both engines.</summary>
internal sealed class SqlStoreTransaction(DbConnection connection, DbTransaction transaction, SqlDialect dialect) : IStoreTransaction
{
    private readonly DeferredWrites deferred = new(connection, transaction, dialect);
    private bool completed;

    public async Task<bool> TryMarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(consumer);
        var parameters = new { Consumer = consumer, MessageId = dialect.Id(messageId), ProcessedAt = StoredTime.Ticks(at) };
        return await RunAsync(InboxSql.TryInsert, parameters, ct) == 1;
    }

    public Task InsertIncidentAsync(IncidentRecord incident, CancellationToken ct) =>
        RunAsync(IncidentSql.Insert, IncidentSql.Parameters(Required(incident), dialect), ct);

    public async Task<bool> TryUpdateIncidentAsync(IncidentRecord incident, CancellationToken ct) =>
        await RunAsync(IncidentSql.Update, IncidentSql.Parameters(Required(incident), dialect), ct) == 1;

    public Task InsertIncidentCommentAsync(IncidentCommentRecord comment, CancellationToken ct) =>
        RunAsync(IncidentCommentSql.Insert, IncidentCommentSql.Parameters(Required(comment), dialect), ct);

    public async Task<AlertRecord?> FindRecentAlertByFingerprintAsync(string fingerprint, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        EnsureOpen();
        return await connection.FirstOrDefaultAsync(
            transaction, AlertSql.SelectNewestByFingerprint, new { Fingerprint = fingerprint, Since = StoredTime.Ticks(since) }, AlertSql.Read, ct);
    }

    public async Task<IReadOnlyList<IncidentKeyMatch>> FindOpenIncidentsByKeysAsync(IReadOnlyCollection<IncidentKey> keys, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        EnsureOpen();
        var matches = new List<IncidentKeyMatch>();
        foreach (var key in keys)
        {
            matches.AddRange(await connection.ListAsync(
                transaction, IncidentKeySql.SelectOpenSince, new { key.Kind, key.Value, Since = StoredTime.Ticks(since) }, IncidentKeySql.Read, ct));
        }

        return matches;
    }

    public async Task UpsertIncidentKeysAsync(Guid incidentId, IReadOnlyCollection<IncidentKey> keys, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await RunAsync(IncidentKeySql.Upsert, new { IncidentId = dialect.Id(incidentId), key.Kind, key.Value, LastSeenAt = StoredTime.Ticks(at) }, ct);
        }
    }

    public async Task<bool> TryAddRejectedAlertAsync(RejectedAlertRecord rejected, int keep, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        if (await RunAsync(RejectedAlertSql.TryInsert, RejectedAlertSql.Parameters(Required(rejected), dialect), ct) == 0)
        {
            return false;
        }

        await RunAsync(RejectedAlertSql.TrimTo, new { Keep = keep }, ct);
        return true;
    }

    public async Task<bool> TryAddDeadLetterAsync(DeadLetterRecord deadLetter, int keep, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        if (await RunAsync(DeadLetterSql.TryInsert, DeadLetterSql.Parameters(Required(deadLetter), dialect), ct) == 0)
        {
            return false;
        }

        await RunAsync(DeadLetterSql.TrimTo, new { Keep = keep }, ct);
        return true;
    }

    public async Task<bool> TryMarkDeadLetterReplayedAsync(Guid id, string replayedBy, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(replayedBy);
        return await RunAsync(DeadLetterSql.TryMarkReplayed, new { Id = dialect.Id(id), ReplayedBy = replayedBy, ReplayedAt = StoredTime.Ticks(at) }, ct) == 1;
    }

    public Task InsertUserAsync(UserRecord user, CancellationToken ct) =>
        RunAsync(UserSql.Insert, UserSql.Parameters(Required(user), dialect), ct);

    public async Task<bool> TryInsertFirstUserAsync(UserRecord user, CancellationToken ct) =>
        await RunAsync(UserSql.InsertIfNone, UserSql.Parameters(Required(user), dialect), ct) == 1;

    public async Task<bool> TryUpdateUserAsync(UserRecord user, CancellationToken ct) =>
        await RunAsync(UserSql.Update, UserSql.Parameters(Required(user), dialect), ct) == 1;

    public async Task<bool> TryInsertApiKeyAsync(ApiKeyRecord key, CancellationToken ct) =>
        await RunAsync(ApiKeySql.TryInsert, ApiKeySql.Parameters(Required(key), dialect), ct) == 1;

    public async Task<bool> TryRevokeApiKeyAsync(Guid id, string revokedBy, DateTimeOffset at, CancellationToken ct) =>
        await RunAsync(ApiKeySql.TryRevoke, new { Id = dialect.Id(id), RevokedBy = revokedBy, RevokedAt = StoredTime.Ticks(at) }, ct) == 1;

    public async Task<bool> TryInsertAlertAsync(AlertRecord alert, CancellationToken ct) =>
        await RunAsync(AlertSql.TryInsert, AlertSql.Parameters(Required(alert), dialect), ct) == 1;

    public Task InsertPlanAsync(PlanRecord plan, CancellationToken ct) =>
        RunAsync(PlanSql.Insert, PlanSql.Parameters(Required(plan), dialect), ct);

    public async Task<bool> TryDecidePlanAsync(Guid planId, string outcomeJson, CancellationToken ct) =>
        await RunAsync(PlanSql.TryDecide, new { Id = dialect.Id(planId), OutcomeJson = outcomeJson }, ct) == 1;

    public Task InsertRunAsync(RunRecord run, CancellationToken ct) =>
        RunAsync(RunSql.Insert, RunSql.Parameters(Required(run), dialect), ct);

    public async Task<bool> TryUpdateRunAsync(RunRecord run, CancellationToken ct) =>
        await RunAsync(RunSql.Update, RunSql.Parameters(Required(run), dialect), ct) == 1;

    public Task InsertApprovalAsync(ApprovalRecord approval, CancellationToken ct) =>
        RunAsync(ApprovalSql.Insert, ApprovalSql.Parameters(Required(approval), dialect), ct);

    public async Task<bool> TryUpdateApprovalAsync(ApprovalRecord approval, CancellationToken ct) =>
        await RunAsync(ApprovalSql.Update, ApprovalSql.Parameters(Required(approval), dialect), ct) == 1;

    public IReadOnlyList<AuditEntry> AuditWritten { get; private set; } = [];

    public void AppendAudit(AuditDraft draft)
    {
        EnsureOpen();
        deferred.AddAudit(Required(draft));
    }

    public void EnqueueOutbox(OutboxMessage message)
    {
        EnsureOpen();
        deferred.AddOutbox(Required(message));
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        EnsureOpen();

        // Done whatever follows: a failed write leaves the transaction to roll back, never to be committed again.
        completed = true;
        var written = await deferred.WriteAsync(ct);
        await transaction.CommitAsync(ct);
        AuditWritten = written;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted DbTransaction rolls it back on both providers.
        completed = true;
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static T Required<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    private Task<int> RunAsync(string sql, object parameters, CancellationToken ct)
    {
        EnsureOpen();
        return connection.RunAsync(transaction, sql, parameters, ct);
    }

    private void EnsureOpen()
    {
        if (completed)
        {
            throw new InvalidOperationException("This store transaction was committed or disposed; begin a new one.");
        }
    }
}
