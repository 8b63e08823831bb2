using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>
/// The audit entries and outbox messages of one write transaction, held until its commit and then written
/// together: on PostgreSQL one round trip locks and reads the audit chain head, one batch inserts every message
/// and entry and moves the head, then the commit. The head's row lock is held for those last steps only.
/// </summary>
/// <remarks>
/// Written one statement at a time as they were added, they took about sixteen round trips per alert, and the
/// head stayed locked from a transaction's first entry to its commit: under an alert storm concurrent
/// Coordinator transactions queued on that row (docs/performance.md).
/// </remarks>
internal sealed class DeferredWrites(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    private readonly List<AuditDraft> audit = [];
    private readonly List<OutboxMessage> outbox = [];

    public void AddAudit(AuditDraft draft) => audit.Add(draft);

    public void AddOutbox(OutboxMessage message) => outbox.Add(message);

    /// <summary>Writes what was added, inside the transaction; returns the audit entries as written.</summary>
    public async Task<IReadOnlyList<AuditEntry>> WriteAsync(CancellationToken ct)
    {
        var statements = new List<SqlStatement>(outbox.Count + audit.Count + 1);
        statements.AddRange(outbox.Select(m => new SqlStatement(OutboxSql.Insert, OutboxSql.Parameters(m, dialect))));
        var entries = audit.Count == 0 ? [] : Chain(await LockHeadAsync(ct));
        statements.AddRange(entries.Select(e => new SqlStatement(AuditSql.Insert, AuditSql.Parameters(e, dialect))));
        if (entries.Count > 0)
        {
            statements.Add(new SqlStatement(AuditSql.SetHead, new { entries[^1].Sequence, entries[^1].Hash }));
        }

        await connection.RunBatchAsync(transaction, statements, ct);
        audit.Clear();
        outbox.Clear();
        return entries;
    }

    private List<AuditEntry> Chain((long Sequence, string Hash) head)
    {
        var entries = new List<AuditEntry>(audit.Count);
        var (sequence, previousHash) = head;
        foreach (var draft in audit)
        {
            sequence++;
            var hash = AuditHasher.Compute(sequence, draft, previousHash);

            // Normalised to UTC so the entry equals what a later read gives back.
            entries.Add(new AuditEntry(
                sequence, StoredTime.FromTicks(StoredTime.Ticks(draft.At)), draft.Actor, draft.Kind, draft.IncidentId, draft.RunId,
                draft.StepId, draft.DataJson, previousHash, hash));
            previousHash = hash;
        }

        return entries;
    }

    private async Task<(long Sequence, string Hash)> LockHeadAsync(CancellationToken ct)
    {
        var heads = await connection.ListAsync(transaction, AuditSql.LockHead(dialect), null, AuditSql.ReadHead, ct);
        return heads.Count == 1
            ? heads[0]
            : throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated or was altered.");
    }
}
