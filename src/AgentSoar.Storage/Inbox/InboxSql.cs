namespace AgentSoar.Storage;

internal static class InboxSql
{
    // On PostgreSQL a concurrent insert of the same key waits for the other transaction: if it commits this
    // one does nothing (already processed), if it rolls back this one inserts. That is the inbox semantics.
    public const string TryInsert =
        "INSERT INTO inbox (consumer, message_id, processed_at) VALUES (@Consumer, @MessageId, @ProcessedAt) " +
        "ON CONFLICT (consumer, message_id) DO NOTHING";
}
