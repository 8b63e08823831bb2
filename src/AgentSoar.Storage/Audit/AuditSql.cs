using System.Data.Common;
using System.Text;

namespace AgentSoar.Storage;

internal static class AuditSql
{
    private const string Columns = "sequence, occurred_at, actor, kind, incident_id, run_id, step_id, data_json, previous_hash, hash";

    // Locks the head row until the transaction ends, so concurrent appenders queue here instead of forking the
    // chain. PostgreSQL takes the row lock with FOR UPDATE (no new row version, unlike an UPDATE); SQLite has no
    // row locks and needs none: a write transaction begins IMMEDIATE, holding the database's one write lock.
    public static string LockHead(SqlDialect dialect) =>
        dialect == SqlDialect.PostgreSql ? SelectHeadForUpdate : SelectHead;

    public const string SetHead = "UPDATE audit_chain_head SET last_sequence = @Sequence, last_hash = @Hash WHERE id = 1";

    public const string SelectHead = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";

    private const string SelectHeadForUpdate = SelectHead + " FOR UPDATE";

    public const string Insert =
        $"INSERT INTO audit_entries ({Columns}) VALUES " +
        "(@Sequence, @At, @Actor, @Kind, @IncidentId, @RunId, @StepId, @DataJson, @PreviousHash, @Hash)";

    public const string SelectRange =
        $"SELECT {Columns} FROM audit_entries WHERE sequence > @After AND sequence <= @Last ORDER BY sequence LIMIT @Limit";

    public const string CountBeyond = "SELECT COUNT(*) FROM audit_entries WHERE sequence > @Last";

    public static string SelectFiltered(bool byIncident, bool byRun)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM audit_entries WHERE sequence > @After");
        if (byIncident)
        {
            sql.Append(" AND incident_id = @IncidentId");
        }

        if (byRun)
        {
            sql.Append(" AND run_id = @RunId");
        }

        return sql.Append(" ORDER BY sequence LIMIT @Limit").ToString();
    }

    public static object Parameters(AuditEntry entry, SqlDialect dialect) => new
    {
        entry.Sequence,
        At = StoredTime.Ticks(entry.At),
        entry.Actor,
        entry.Kind,
        IncidentId = dialect.Id(entry.IncidentId),
        RunId = dialect.Id(entry.RunId),
        entry.StepId,
        entry.DataJson,
        entry.PreviousHash,
        entry.Hash,
    };

    public static AuditEntry Read(DbDataReader row) => new(
        row.GetInt64(0), row.GetTime(1), row.GetString(2), row.GetString(3), row.GetNullableGuid(4), row.GetNullableGuid(5),
        row.GetNullableString(6), row.GetString(7), row.GetString(8), row.GetString(9));

    public static (long Sequence, string Hash) ReadHead(DbDataReader row) => (row.GetInt64(0), row.GetString(1));
}
