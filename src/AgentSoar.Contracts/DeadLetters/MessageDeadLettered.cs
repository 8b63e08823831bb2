namespace AgentSoar.Contracts.DeadLetters;

/// <summary>
/// A message a service gave up on — its consumer kept failing after the retries, or it could not be read at all — was
/// moved to its queue's <c>_error</c> queue. Published by every service's bus so the Coordinator can keep one list of
/// them (the dead letters), apart from the alerts intake refused (the rejected alerts).
/// </summary>
/// <param name="DeadLetterId">This notice's id (the idempotency key).</param>
/// <param name="SourceQueue">The queue the message failed on, by name (its copy is in <c>SourceQueue_error</c>).</param>
/// <param name="MessageTypes">The message's types as the bus names them (<c>urn:message:Namespace:Type</c>); empty when it could not be read.</param>
/// <param name="MessageId">The bus message id, when it could be read.</param>
/// <param name="ExceptionType">The exception's type name.</param>
/// <param name="Reason">The exception's message (and its inner exception's), bounded.</param>
/// <param name="ContentType">The body's content type, when the transport said.</param>
/// <param name="Body">The body as text, secret-named fields masked, bounded (see <paramref name="BodyTruncated"/>).</param>
/// <param name="BodyBytes">The body's full size in bytes.</param>
/// <param name="BodyTruncated">True when <paramref name="Body"/> is only the start of the body.</param>
/// <param name="BodyMasked">True when secret-named fields were masked in <paramref name="Body"/>.</param>
/// <param name="Service">The service (process) that gave up on it.</param>
/// <param name="FailedAt">When it was moved to the error queue.</param>
public sealed record MessageDeadLettered(
    Guid DeadLetterId,
    string SourceQueue,
    IReadOnlyList<string> MessageTypes,
    Guid? MessageId,
    string ExceptionType,
    string Reason,
    string? ContentType,
    string Body,
    int BodyBytes,
    bool BodyTruncated,
    bool BodyMasked,
    string Service,
    DateTimeOffset FailedAt);
