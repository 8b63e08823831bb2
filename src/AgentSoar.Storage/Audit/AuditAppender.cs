using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>Appends one entry inside the caller's transaction; the head row lock serialises appenders.</summary>
internal static class AuditAppender
{
    public static async Task<AuditEntry> AppendAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, AuditDraft draft, CancellationToken ct)
    {
        var heads = await connection.ListAsync(transaction, AuditSql.AdvanceHead, null, AuditSql.ReadHead, ct);
        if (heads.Count != 1)
        {
            throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated or was altered.");
        }

        var (sequence, previousHash) = heads[0];
        var hash = AuditHasher.Compute(sequence, draft, previousHash);

        // Normalised to UTC so the returned entry equals what a later read gives back.
        var entry = new AuditEntry(
            sequence, StoredTime.FromTicks(StoredTime.Ticks(draft.At)), draft.Actor, draft.Kind, draft.IncidentId, draft.RunId,
            draft.StepId, draft.DataJson, previousHash, hash);
        await connection.RunAsync(transaction, AuditSql.Insert, AuditSql.Parameters(entry, dialect), ct);
        await connection.RunAsync(transaction, AuditSql.SetHeadHash, new { Hash = hash }, ct);
        return entry;
    }
}
