using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>
/// Everything both engines share: the statements are the same SQL on SQLite and PostgreSQL, so an engine
/// only says how to open a connection, how to begin a write or a snapshot transaction, and how to migrate.
/// </summary>
internal abstract class SqlCoordinatorStore(SqlDialect dialect, TimeProvider time) : ICoordinatorStore
{
    public string Engine => dialect.Engine;

    protected SqlDialect Dialect => dialect;

    protected TimeProvider Time => time;

    public abstract Task MigrateAsync(CancellationToken ct);

    public async Task<bool> PingAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenAsync(ct);
            await connection.RunAsync(null, "SELECT 1", null, ct);
            return true;
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or IOException)
        {
            return false;
        }
    }

    public async Task<IStoreTransaction> BeginAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            var transaction = await BeginWriteAsync(connection, ct);
            return new SqlStoreTransaction(connection, transaction, dialect);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(IncidentSql.SelectById, new { Id = dialect.Id(id) }, IncidentSql.Read, ct);

    public Task<IReadOnlyList<IncidentRecord>> ListIncidentsAsync(int limit, CancellationToken ct) =>
        ListAsync(IncidentSql.SelectNewest, new { Limit = Positive(limit) }, IncidentSql.Read, ct);

    public Task<IReadOnlyList<IncidentCommentRecord>> ListIncidentCommentsAsync(Guid incidentId, CancellationToken ct) =>
        ListAsync(IncidentCommentSql.SelectByIncident, new { IncidentId = dialect.Id(incidentId) }, IncidentCommentSql.Read, ct);

    public Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(Guid incidentId, CancellationToken ct) =>
        ListAsync(AlertSql.SelectByIncident, new { IncidentId = dialect.Id(incidentId) }, AlertSql.Read, ct);

    public Task<AlertRecord?> GetAlertAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(AlertSql.SelectById, new { Id = dialect.Id(id) }, AlertSql.Read, ct);

    public Task<UserRecord?> GetUserAsync(string userName, CancellationToken ct) =>
        FirstOrDefaultAsync(UserSql.SelectByName, new { UserName = userName }, UserSql.Read, ct);

    public Task<IReadOnlyList<UserRecord>> ListUsersAsync(int limit, CancellationToken ct) =>
        ListAsync(UserSql.SelectAll, new { Limit = Positive(limit) }, UserSql.Read, ct);

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(int limit, CancellationToken ct) =>
        ListAsync(ApiKeySql.SelectAll, new { Limit = Positive(limit) }, ApiKeySql.Read, ct);

    public Task<ApiKeyRecord?> GetApiKeyAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(ApiKeySql.SelectById, new { Id = dialect.Id(id) }, ApiKeySql.Read, ct);

    public Task<IReadOnlyList<RejectedAlertRecord>> ListRejectedAlertsAsync(int limit, CancellationToken ct) =>
        ListAsync(RejectedAlertSql.SelectNewest, new { Limit = Positive(limit) }, RejectedAlertSql.Read, ct);

    public Task<IReadOnlyList<DeadLetterRecord>> ListDeadLettersAsync(int limit, CancellationToken ct) =>
        ListAsync(DeadLetterSql.SelectNewest, new { Limit = Positive(limit) }, DeadLetterSql.Read, ct);

    public Task<DeadLetterRecord?> GetDeadLetterAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(DeadLetterSql.SelectById, new { Id = dialect.Id(id) }, DeadLetterSql.Read, ct);

    public Task<PlanRecord?> GetPlanAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(PlanSql.SelectById, new { Id = dialect.Id(id) }, PlanSql.Read, ct);

    public Task<IReadOnlyList<PlanRecord>> ListPlansAsync(Guid incidentId, CancellationToken ct) =>
        ListAsync(PlanSql.SelectByIncident, new { IncidentId = dialect.Id(incidentId) }, PlanSql.Read, ct);

    public Task<RunRecord?> GetRunAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(RunSql.SelectById, new { Id = dialect.Id(id) }, RunSql.Read, ct);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(Guid? incidentId, int limit, CancellationToken ct) =>
        incidentId is { } incident
            ? ListAsync(RunSql.SelectNewestForIncident, new { IncidentId = dialect.Id(incident), Limit = Positive(limit) }, RunSql.Read, ct)
            : ListAsync(RunSql.SelectNewest, new { Limit = Positive(limit) }, RunSql.Read, ct);

    public Task<IReadOnlyList<RunRecord>> ListRunsDueAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        ListAsync(RunSql.SelectDue, new { Now = StoredTime.Ticks(now), Limit = Positive(limit) }, RunSql.Read, ct);

    public Task<ApprovalRecord?> GetApprovalAsync(Guid id, CancellationToken ct) =>
        FirstOrDefaultAsync(ApprovalSql.SelectById, new { Id = dialect.Id(id) }, ApprovalSql.Read, ct);

    public Task<IReadOnlyList<ApprovalRecord>> ListApprovalsAsync(string? status, int limit, CancellationToken ct) =>
        status is null
            ? ListAsync(ApprovalSql.SelectNewest, new { Limit = Positive(limit) }, ApprovalSql.Read, ct)
            : ListAsync(ApprovalSql.SelectNewestWithStatus, new { Status = status, Limit = Positive(limit) }, ApprovalSql.Read, ct);

    public Task<IReadOnlyList<ApprovalRecord>> ListIncidentApprovalsAsync(Guid incidentId, int limit, CancellationToken ct) =>
        ListAsync(ApprovalSql.SelectForIncident, new { IncidentId = dialect.Id(incidentId), Limit = Positive(limit) }, ApprovalSql.Read, ct);

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(Guid? incidentId, Guid? runId, long afterSequence, int limit, CancellationToken ct)
    {
        var sql = AuditSql.SelectFiltered(incidentId.HasValue, runId.HasValue);
        var parameters = new { IncidentId = dialect.Id(incidentId), RunId = dialect.Id(runId), After = afterSequence, Limit = Positive(limit) };
        return ListAsync(sql, parameters, AuditSql.Read, ct);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListUnsentOutboxAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct) =>
        ListAsync(OutboxSql.SelectUnsent, new { CreatedBefore = StoredTime.Ticks(createdBefore), Limit = Positive(limit) }, OutboxSql.Read, ct);

    public async Task MarkOutboxSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        foreach (var batch in ids.Chunk(OutboxSql.MarkSentBatch))
        {
            await connection.RunAsync(transaction, OutboxSql.MarkSent(dialect), OutboxSql.MarkSentParameters(dialect, batch, sentAt), ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<AuditVerification> VerifyAuditChainAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        return await AuditChainVerifier.VerifyAsync(connection, snapshot, ct);
    }

    /// <summary>Opens a connection configured for this engine; the caller disposes it.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins a transaction that will write, taking whatever lock makes optimistic updates safe.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Begins a read-only transaction that sees one consistent snapshot throughout.</summary>
    protected abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    private static int Positive(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return limit;
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql, object parameters, Func<DbDataReader, T> map, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.ListAsync(null, sql, parameters, map, ct);
    }

    private async Task<T?> FirstOrDefaultAsync<T>(string sql, object parameters, Func<DbDataReader, T> map, CancellationToken ct)
        where T : class
    {
        await using var connection = await OpenAsync(ct);
        return await connection.FirstOrDefaultAsync(null, sql, parameters, map, ct);
    }
}
