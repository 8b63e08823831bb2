using System.Data.Common;

namespace AgentSoar.Storage;

internal static class OutboxSql
{
    private const string Columns = "id, message_type, payload_json, destination, created_at, sent_at";

    public const string Insert =
        $"INSERT INTO outbox ({Columns}) VALUES (@Id, @MessageType, @PayloadJson, @Destination, @CreatedAt, @SentAt)";

    // enqueue_order keeps messages of one transaction (which often share a timestamp) in the order queued.
    public const string SelectUnsent =
        $"SELECT {Columns} FROM outbox WHERE sent_at IS NULL AND created_at < @CreatedBefore ORDER BY created_at, enqueue_order LIMIT @Limit";

    // The first sent time wins: a publisher retrying after a crash must not rewrite history.
    public const string MarkSent = "UPDATE outbox SET sent_at = @SentAt WHERE id = @Id AND sent_at IS NULL";

    public static object Parameters(OutboxMessage message, SqlDialect dialect) => new
    {
        Id = dialect.Id(message.Id),
        message.MessageType,
        message.PayloadJson,
        message.Destination,
        CreatedAt = StoredTime.Ticks(message.CreatedAt),
        SentAt = StoredTime.Ticks(message.SentAt),
    };

    public static OutboxMessage Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetNullableString(3), row.GetTime(4), row.GetNullableTime(5));
}
