using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>
/// Appends entries inside one write transaction. The first append locks the chain head row and reads it; later
/// appends in the same transaction chain on from the entry before them without touching the head again, and
/// <see cref="FlushHeadAsync"/> writes the head once, just before the commit. The lock serialises appenders across
/// transactions and processes, so the chain never forks; a rollback writes nothing and leaves no gap.
/// </summary>
/// <remarks>
/// The head used to be updated twice per entry, about fourteen times per alert: every update left a dead row
/// version that each later appender had to step over, and that one hot row was PostgreSQL's largest cost
/// under an alert storm (docs/performance.md).
/// </remarks>
internal sealed class AuditAppender(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    // The sequence and hash of the last entry this transaction appended; null until the first append.
    private (long Sequence, string Hash)? tail;
    private bool headChanged;

    public async Task<AuditEntry> AppendAsync(AuditDraft draft, CancellationToken ct)
    {
        var (previousSequence, previousHash) = tail ??= await LockHeadAsync(ct);
        var sequence = previousSequence + 1;
        var hash = AuditHasher.Compute(sequence, draft, previousHash);

        // Normalised to UTC so the returned entry equals what a later read gives back.
        var entry = new AuditEntry(
            sequence, StoredTime.FromTicks(StoredTime.Ticks(draft.At)), draft.Actor, draft.Kind, draft.IncidentId, draft.RunId,
            draft.StepId, draft.DataJson, previousHash, hash);
        await connection.RunAsync(transaction, AuditSql.Insert, AuditSql.Parameters(entry, dialect), ct);
        tail = (sequence, hash);
        headChanged = true;
        return entry;
    }

    /// <summary>Moves the head to the last entry appended, if any; call it right before the commit.</summary>
    public async Task FlushHeadAsync(CancellationToken ct)
    {
        if (headChanged && tail is var (sequence, hash))
        {
            await connection.RunAsync(transaction, AuditSql.SetHead, new { Sequence = sequence, Hash = hash }, ct);
            headChanged = false;
        }
    }

    private async Task<(long Sequence, string Hash)> LockHeadAsync(CancellationToken ct)
    {
        var heads = await connection.ListAsync(transaction, AuditSql.LockHead(dialect), null, AuditSql.ReadHead, ct);
        return heads.Count == 1
            ? heads[0]
            : throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated or was altered.");
    }
}
