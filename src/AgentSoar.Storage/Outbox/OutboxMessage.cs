namespace AgentSoar.Storage;

/// <summary>A message to publish once the transaction that enqueued it has committed (transactional outbox).</summary>
/// <remarks>
/// <c>Destination</c> is where to send it, or null to publish to all subscribers; <c>SentAt</c> is when it
/// was published, null while it waits.
/// </remarks>
public sealed record OutboxMessage(
    Guid Id,
    string MessageType,
    string PayloadJson,
    string? Destination,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
