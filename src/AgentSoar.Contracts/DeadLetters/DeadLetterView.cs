namespace AgentSoar.Contracts.DeadLetters;

/// <summary>A dead letter as the console and the command line show it: where and why it failed, and whether it was replayed.</summary>
/// <param name="Id">The dead letter's id.</param>
/// <param name="SourceQueue">The queue it failed on.</param>
/// <param name="MessageTypes">The message's types (<c>urn:message:...</c>).</param>
/// <param name="MessageId">The bus message id, when it could be read.</param>
/// <param name="ExceptionType">The exception's type name.</param>
/// <param name="Reason">The exception's message.</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Body">The stored body (secret-named fields masked); null in lists.</param>
/// <param name="BodyBytes">The body's full size in bytes.</param>
/// <param name="BodyTruncated">Whether only the start of the body was kept.</param>
/// <param name="BodyMasked">Whether secret-named fields were masked.</param>
/// <param name="Service">The service that gave up on it.</param>
/// <param name="FailedAt">When it failed for good.</param>
/// <param name="Replayable">Whether it can be replayed: a readable AgentSoar message, kept whole and unmasked, not replayed yet.</param>
/// <param name="ReplayedBy">Who replayed it.</param>
/// <param name="ReplayedAt">When it was replayed.</param>
public sealed record DeadLetterView(
    Guid Id,
    string SourceQueue,
    IReadOnlyList<string> MessageTypes,
    Guid? MessageId,
    string ExceptionType,
    string Reason,
    string? ContentType,
    string? Body,
    int BodyBytes,
    bool BodyTruncated,
    bool BodyMasked,
    string Service,
    DateTimeOffset FailedAt,
    bool Replayable,
    string? ReplayedBy,
    DateTimeOffset? ReplayedAt);
