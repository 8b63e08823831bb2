using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// <see cref="TimeSpan"/> as a playbook duration string (<c>24h</c>); also reads ISO 8601 (<c>PT24H</c>)
/// and <c>d.hh:mm:ss</c>. Numbers are refused: seconds or milliseconds would be a guess.
/// </summary>
internal sealed class DurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a duration string such as 30s, 15m, 24h or 1d12h.");
        }

        var text = reader.GetString() ?? "";
        return DurationFormat.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a duration; write it like 30s, 15m, 24h or 1d12h.");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DurationFormat.Format(value));
}
