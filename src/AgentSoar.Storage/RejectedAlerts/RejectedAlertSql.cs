using System.Data.Common;

namespace AgentSoar.Storage;

internal static class RejectedAlertSql
{
    private const string Columns = "id, source, format, kind, path, reason, excerpt, bytes, received_at";

    public const string TryInsert =
        $"INSERT INTO rejected_alerts ({Columns}) VALUES (@Id, @Source, @Format, @Kind, @Path, @Reason, @Excerpt, @Bytes, @ReceivedAt) ON CONFLICT (id) DO NOTHING";

    // Keeps the newest @Keep (the same SQL on both engines).
    public const string TrimTo =
        "DELETE FROM rejected_alerts WHERE id NOT IN (SELECT id FROM rejected_alerts ORDER BY received_at DESC, id DESC LIMIT @Keep)";

    public const string SelectNewest = $"SELECT {Columns} FROM rejected_alerts ORDER BY received_at DESC, id DESC LIMIT @Limit";

    public static object Parameters(RejectedAlertRecord r, SqlDialect dialect) => new
    {
        Id = dialect.Id(r.Id),
        r.Source,
        r.Format,
        r.Kind,
        r.Path,
        r.Reason,
        r.Excerpt,
        r.Bytes,
        ReceivedAt = StoredTime.Ticks(r.ReceivedAt),
    };

    public static RejectedAlertRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetNullableString(2), row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6), row.GetInt32(7), row.GetTime(8));
}
