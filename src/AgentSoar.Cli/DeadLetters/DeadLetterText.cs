using System.Text;
using System.Text.Json.Nodes;

namespace AgentSoar.Cli.DeadLetters;

/// <summary>How a dead letter from the API reads on a terminal.</summary>
internal static class DeadLetterText
{
    /// <summary>One line: id, when, queue, type, reason, and what became of it.</summary>
    public static string Line(JsonNode? letter) =>
        $"{letter?["id"]}  {letter?["failed_at"]}  {letter?["source_queue"]}  {TypeName(letter)}  {State(letter)}{Environment.NewLine}    {letter?["exception_type"]}: {letter?["reason"]}";

    public static string Details(JsonNode letter)
    {
        var text = new StringBuilder();
        text.AppendLine($"dead letter {letter["id"]}");
        text.AppendLine($"  queue:      {letter["source_queue"]} (a copy is in {letter["source_queue"]}_error)");
        text.AppendLine($"  service:    {letter["service"]}");
        text.AppendLine($"  failed at:  {letter["failed_at"]}");
        text.AppendLine($"  type:       {string.Join(", ", letter["message_types"]?.AsArray().Select(t => t?.ToString()) ?? [])}");
        text.AppendLine($"  message id: {letter["message_id"]}");
        text.AppendLine($"  reason:     {letter["exception_type"]}: {letter["reason"]}");
        text.AppendLine($"  state:      {State(letter)}");
        var notes = (letter["body_truncated"]?.GetValue<bool>() == true ? " (only its start was kept)" : string.Empty)
            + (letter["body_masked"]?.GetValue<bool>() == true ? " (secret-named fields masked)" : string.Empty);
        text.AppendLine($"  body:       {letter["body_bytes"]} bytes{notes}");
        text.Append(letter["body"]?.ToString());
        return text.ToString();
    }

    private static string TypeName(JsonNode? letter)
    {
        var first = letter?["message_types"]?.AsArray().FirstOrDefault()?.ToString();
        return first is null ? "(unreadable)" : first[(first.LastIndexOf(':') + 1)..];
    }

    private static string State(JsonNode? letter) =>
        letter?["replayed_at"] is { } at
            ? $"replayed by {letter["replayed_by"]} at {at}"
            : letter?["replayable"]?.GetValue<bool>() == true ? "replayable" : "not replayable";
}
