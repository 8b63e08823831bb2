namespace AgentSoar.Contracts.Alerts;

/// <summary>
/// The API refused an alert (malformed, too large, of no known shape); the Coordinator keeps it in the bounded
/// dead-letter list and nowhere else.
/// </summary>
/// <param name="RejectionId">The rejection's id (the idempotency key).</param>
/// <param name="Source">Who sent it: the API key's name.</param>
/// <param name="Format">The format it was read as, when one was chosen.</param>
/// <param name="Kind">What kind of problem: malformed_json, not_an_object, too_large, unmappable, missing_field, invalid_value.</param>
/// <param name="Path">Where in the alert, as a JSON path.</param>
/// <param name="Reason">The problem in words.</param>
/// <param name="Excerpt">The first bytes of the body as text (at most a few KiB), to recognise it by.</param>
/// <param name="Bytes">The body's full size (up to the limit when it was cut).</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record AlertRejected(
    Guid RejectionId, string Source, string? Format, string Kind, string Path, string Reason, string Excerpt, int Bytes, DateTimeOffset ReceivedAt);
