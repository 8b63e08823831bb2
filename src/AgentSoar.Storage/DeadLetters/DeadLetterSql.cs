using System.Data.Common;

namespace AgentSoar.Storage;

internal static class DeadLetterSql
{
    private const string Columns =
        "id, source_queue, message_types_json, message_id, exception_type, reason, content_type, body, body_bytes, body_truncated, body_masked, service, failed_at, replayed_by, replayed_at";

    public const string TryInsert =
        $"INSERT INTO dead_letters ({Columns}) VALUES (@Id, @SourceQueue, @MessageTypesJson, @MessageId, @ExceptionType, @Reason, @ContentType, @Body, @BodyBytes, @BodyTruncated, @BodyMasked, @Service, @FailedAt, @ReplayedBy, @ReplayedAt) ON CONFLICT (id) DO NOTHING";

    // Keeps the newest @Keep (the same SQL on both engines).
    public const string TrimTo =
        "DELETE FROM dead_letters WHERE id NOT IN (SELECT id FROM dead_letters ORDER BY failed_at DESC, id DESC LIMIT @Keep)";

    public const string SelectNewest = $"SELECT {Columns} FROM dead_letters ORDER BY failed_at DESC, id DESC LIMIT @Limit";

    public const string SelectById = $"SELECT {Columns} FROM dead_letters WHERE id = @Id";

    // The first replay wins: a second one finds replayed_at set and changes nothing.
    public const string TryMarkReplayed =
        "UPDATE dead_letters SET replayed_by = @ReplayedBy, replayed_at = @ReplayedAt WHERE id = @Id AND replayed_at IS NULL";

    public static object Parameters(DeadLetterRecord r, SqlDialect dialect) => new
    {
        Id = dialect.Id(r.Id),
        r.SourceQueue,
        r.MessageTypesJson,
        MessageId = dialect.Id(r.MessageId),
        r.ExceptionType,
        r.Reason,
        r.ContentType,
        r.Body,
        r.BodyBytes,
        BodyTruncated = r.BodyTruncated ? 1 : 0,
        BodyMasked = r.BodyMasked ? 1 : 0,
        r.Service,
        FailedAt = StoredTime.Ticks(r.FailedAt),
        r.ReplayedBy,
        ReplayedAt = StoredTime.Ticks(r.ReplayedAt),
    };

    public static DeadLetterRecord Read(DbDataReader row) => new(
        row.GetGuid(0),
        row.GetString(1),
        row.GetString(2),
        row.GetNullableGuid(3),
        row.GetString(4),
        row.GetString(5),
        row.GetNullableString(6),
        row.GetString(7),
        row.GetInt32(8),
        row.GetInt32(9) != 0,
        row.GetInt32(10) != 0,
        row.GetString(11),
        row.GetTime(12),
        row.GetNullableString(13),
        row.GetNullableTime(14));
}
