namespace AgentSoar.Storage;

/// <summary>An alert intake refused, kept in the bounded dead-letter list.</summary>
/// <param name="Id">The rejection's id.</param>
/// <param name="Source">Who sent it (the API key's name).</param>
/// <param name="Format">The format it was read as, when one was chosen.</param>
/// <param name="Kind">What kind of problem (malformed_json, too_large, unmappable, missing_field...).</param>
/// <param name="Path">Where in the alert (a JSON path; <c>$</c> for the whole).</param>
/// <param name="Reason">The problem in words.</param>
/// <param name="Excerpt">The first bytes of the body as text, to recognise it by.</param>
/// <param name="Bytes">The body's full size.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record RejectedAlertRecord(
    Guid Id, string Source, string? Format, string Kind, string Path, string Reason, string Excerpt, int Bytes, DateTimeOffset ReceivedAt);
