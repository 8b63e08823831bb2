using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Storage;
using MassTransit.Serialization;

namespace AgentSoar.Coordinator.DeadLetters;

/// <summary>
/// What a replay sends: the stored message read back from MassTransit's envelope as its AgentSoar contract type, with
/// its original message id (so a consumer that already handled it changes nothing twice), for the queue it failed on.
/// Only a body kept whole and unmasked, of a type from the contracts assembly, is replayed: anything else could not be
/// sent as it was.
/// </summary>
internal static class DeadLetterReplay
{
    private const string UrnPrefix = "urn:message:";

    /// <summary>Why the dead letter can't be replayed as it was, or null when it can (whether it was already is not checked).</summary>
    public static string? Problem(DeadLetterRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.BodyTruncated)
        {
            return "only the start of its body was kept (it was larger than 64 KiB)";
        }

        if (record.BodyMasked)
        {
            return "its body was masked (secret-named fields) or withheld (an account or API-key message) before it was stored, so it can't be sent as it was";
        }

        return ContractType(Types(record)) is null
            ? "it is not an AgentSoar message (no known message type could be read from it)"
            : null;
    }

    /// <summary>The message to send, or why there is none.</summary>
    public static (ReplayMessage? Message, string? Problem) Prepare(DeadLetterRecord record)
    {
        if (Problem(record) is { } problem)
        {
            return (null, problem);
        }

        var type = ContractType(Types(record))!;
        try
        {
            var envelope = JsonNode.Parse(record.Body) as JsonObject;
            var message = envelope?["message"]?.Deserialize(type, SystemTextJsonMessageSerializer.Options);
            return message is null
                ? (null, "its body holds no message")
                : (new ReplayMessage(record.SourceQueue, type, message, record.MessageId ?? Id(envelope, "messageId"), Id(envelope, "correlationId"), Id(envelope, "conversationId")), null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return (null, $"its body can't be read as {type.Name}: {ex.Message}");
        }
    }

    private static IReadOnlyList<string> Types(DeadLetterRecord record)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(record.MessageTypesJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    // The first type the bus named is the concrete one; interfaces it also lists (ICorrelated) are skipped.
    private static Type? ContractType(IReadOnlyList<string> urns) => urns
        .Where(urn => urn.StartsWith(UrnPrefix, StringComparison.Ordinal))
        .Select(urn => urn[UrnPrefix.Length..].Replace(':', '.'))
        .Select(name => typeof(Contracts.ICorrelated).Assembly.GetType(name, throwOnError: false))
        .FirstOrDefault(t => t is { IsClass: true, IsAbstract: false });

    private static Guid? Id(JsonObject? envelope, string name) =>
        envelope?[name] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;
}
