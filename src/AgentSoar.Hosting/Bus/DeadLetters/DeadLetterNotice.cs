using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Contracts.Secrets;

namespace AgentSoar.Hosting.Bus.DeadLetters;

/// <summary>
/// Turns a message that failed for good into a <see cref="MessageDeadLettered"/>: where, why, and its body — a JSON
/// body's secret-named fields masked first (see <see cref="SecretFields"/>), an account or API-key message's body
/// withheld whole, then cut to <see cref="MaxBodyBytes"/>. A body that is not JSON, and the exception's message, are
/// kept as they are: AgentSoar's contracts carry no secrets, and neither should what a service throws.
/// </summary>
public static class DeadLetterNotice
{
    /// <summary>How much of a body is kept: enough to read and replay any AgentSoar message, not a dump of anything sent.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>How long a reason may be: an exception's message, not its stack trace.</summary>
    public const int MaxReasonChars = 2000;

    /// <summary>The bus's name for the notice's own type, so a failing notice does not announce itself forever.</summary>
    public const string NoticeMessageType = "urn:message:AgentSoar.Contracts.DeadLetters:MessageDeadLettered";

    /// <summary>Builds the notice.</summary>
    /// <param name="inputAddress">The address of the queue the message failed on.</param>
    /// <param name="body">The message body as received.</param>
    /// <param name="contentType">Its content type, when known.</param>
    /// <param name="messageTypes">Its types as the bus read them; empty when it could not be read (they are then looked for in the body).</param>
    /// <param name="messageId">Its message id, when known.</param>
    /// <param name="exception">Why it failed.</param>
    /// <param name="service">The service that gave up on it.</param>
    /// <param name="at">When.</param>
    /// <returns>The notice, with a new id.</returns>
    public static MessageDeadLettered Create(
        Uri inputAddress, ReadOnlySpan<byte> body, string? contentType, IReadOnlyList<string> messageTypes, Guid? messageId, Exception exception, string service, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inputAddress);
        ArgumentNullException.ThrowIfNull(messageTypes);
        ArgumentNullException.ThrowIfNull(exception);
        var json = TryParse(body);
        var types = messageTypes.Count > 0 ? messageTypes : EnvelopeTypes(json);
        if (types.Any(IsAccountMessage))
        {
            // Accounts and API keys carry password and key hashes, and replaying one would let a responder do what
            // only an admin may (create a user, reset a password): the body is withheld, so it is listed, not replayable.
            return Notice(inputAddress, types, messageId ?? EnvelopeMessageId(json), exception, contentType, WithheldBody, body.Length, false, true, service, at);
        }

        var masked = json is null ? null : SecretFields.Mask(json);
        var text = masked?.ToJsonString() ?? Encoding.UTF8.GetString(body);
        var (kept, truncated) = Bound(text);
        return Notice(inputAddress, types, messageId ?? EnvelopeMessageId(json), exception, contentType, kept, body.Length, truncated, json is not null && !JsonNode.DeepEquals(json, masked), service, at);
    }

    /// <summary>What stands in for the body of an account or API-key message.</summary>
    public const string WithheldBody = "(withheld: an account or API-key message)";

    private static bool IsAccountMessage(string type) =>
        type.StartsWith("urn:message:AgentSoar.Contracts.Accounts:", StringComparison.Ordinal) ||
        type.StartsWith("urn:message:AgentSoar.Contracts.ApiKeys:", StringComparison.Ordinal);

    private static MessageDeadLettered Notice(
        Uri inputAddress, IReadOnlyList<string> types, Guid? messageId, Exception exception, string? contentType,
        string body, int bytes, bool truncated, bool masked, string service, DateTimeOffset at) =>
        new(
            Guid.CreateVersion7(at),
            QueueName(inputAddress),
            types,
            messageId,
            exception.GetType().FullName ?? exception.GetType().Name,
            Reason(exception),
            contentType,
            body,
            bytes,
            truncated,
            masked,
            service,
            at);

    /// <summary>The queue's name: the last segment of its address (<c>rabbitmq://host/vhost/name</c>, <c>loopback://localhost/name</c>).</summary>
    /// <param name="inputAddress">The queue's address.</param>
    /// <returns>The name.</returns>
    public static string QueueName(Uri inputAddress)
    {
        ArgumentNullException.ThrowIfNull(inputAddress);
        var path = inputAddress.IsAbsoluteUri ? inputAddress.AbsolutePath : inputAddress.OriginalString.Split('?')[0];
        var name = path.TrimEnd('/').Split('/').LastOrDefault();
        return string.IsNullOrEmpty(name) ? inputAddress.ToString() : Uri.UnescapeDataString(name);
    }

    /// <summary>The exception's type and message and its inner exception's, cut to <see cref="MaxReasonChars"/>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason in words.</returns>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.InnerException is { } inner && inner.Message != exception.Message
            ? $"{exception.Message} ---> {inner.GetType().Name}: {inner.Message}"
            : exception.Message;
        return reason.Length > MaxReasonChars ? reason[..MaxReasonChars] + "…" : reason;
    }

    private static (string Text, bool Truncated) Bound(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= MaxBodyBytes)
        {
            return (text, false);
        }

        // Cut on a character boundary: a UTF-8 continuation byte starts with the bits 10.
        var end = MaxBodyBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80)
        {
            end--;
        }

        return (Encoding.UTF8.GetString(bytes, 0, end), true);
    }

    private static JsonNode? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // MassTransit's envelope names its types and id even when the message inside could not be read.
    private static IReadOnlyList<string> EnvelopeTypes(JsonNode? json) =>
        json is JsonObject envelope && envelope["messageType"] is JsonArray types
            ? [.. types.OfType<JsonValue>().Select(t => t.TryGetValue<string>(out var s) ? s : null).OfType<string>()]
            : [];

    private static Guid? EnvelopeMessageId(JsonNode? json) =>
        json is JsonObject envelope && envelope["messageId"] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out var guid)
            ? guid
            : null;
}
