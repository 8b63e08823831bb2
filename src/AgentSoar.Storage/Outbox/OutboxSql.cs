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

    // One statement for a whole batch, @Ids a list: PostgreSQL takes it as one array parameter (the same
    // statement text whatever the count, so it stays prepared); on SQLite Dapper expands it into IN (...).
    // The first sent time wins: a publisher retrying after a crash must not rewrite history.
    public static string MarkSent(SqlDialect dialect) =>
        dialect == SqlDialect.PostgreSql ? MarkSentPostgres : MarkSentSqlite;

    /// <summary>The most ids one <see cref="MarkSent"/> takes: well under SQLite's limit on parameters.</summary>
    public const int MarkSentBatch = 500;

    // The list's declared type must be an array: Dapper expands (SQLite) or passes as an array (PostgreSQL) only a
    // parameter it can see is a list.
    public static object MarkSentParameters(SqlDialect dialect, Guid[] ids, DateTimeOffset sentAt) =>
        dialect == SqlDialect.PostgreSql
            ? new { Ids = ids, SentAt = StoredTime.Ticks(sentAt) }
            : new { Ids = Array.ConvertAll(ids, id => (string)dialect.Id(id)), SentAt = StoredTime.Ticks(sentAt) };

    private const string MarkSentPostgres = "UPDATE outbox SET sent_at = @SentAt WHERE id = ANY(@Ids) AND sent_at IS NULL";

    private const string MarkSentSqlite = "UPDATE outbox SET sent_at = @SentAt WHERE id IN @Ids AND sent_at IS NULL";

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
