namespace AgentSoar.Storage;

/// <summary>A bus message a service gave up on, as the Coordinator keeps it (see the dead_letters migration).</summary>
/// <param name="Id">The dead letter's id.</param>
/// <param name="SourceQueue">The queue it failed on.</param>
/// <param name="MessageTypesJson">Its bus message types, a JSON array of strings.</param>
/// <param name="MessageId">Its bus message id, when it could be read.</param>
/// <param name="ExceptionType">The exception's type name.</param>
/// <param name="Reason">The exception's message, bounded.</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Body">The body as text, secret-named fields masked, bounded.</param>
/// <param name="BodyBytes">The body's full size.</param>
/// <param name="BodyTruncated">Whether only the start of the body is kept.</param>
/// <param name="BodyMasked">Whether secret-named fields were masked.</param>
/// <param name="Service">The service that gave up on it.</param>
/// <param name="FailedAt">When.</param>
/// <param name="ReplayedBy">Who replayed it, once.</param>
/// <param name="ReplayedAt">When it was replayed.</param>
public sealed record DeadLetterRecord(
    Guid Id,
    string SourceQueue,
    string MessageTypesJson,
    Guid? MessageId,
    string ExceptionType,
    string Reason,
    string? ContentType,
    string Body,
    int BodyBytes,
    bool BodyTruncated,
    bool BodyMasked,
    string Service,
    DateTimeOffset FailedAt,
    string? ReplayedBy,
    DateTimeOffset? ReplayedAt);
