using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSoar.Connectors.Sdk;

/// <summary><see cref="IPAddress"/> as its text form, so input records can be typed and checked at the door.</summary>
internal sealed class IPAddressJsonConverter : JsonConverter<IPAddress>
{
    public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected an IP address string.");
        }

        var text = reader.GetString() ?? "";

        // IPAddress.TryParse accepts "1" as 0.0.0.1; an address in a playbook always has its dots or colons.
        var looksLikeAddress = text.Count(c => c == '.') == 3 || text.Contains(':', StringComparison.Ordinal);
        return looksLikeAddress && IPAddress.TryParse(text, out var address)
            ? address
            : throw new JsonException($"'{text}' is not an IPv4 or IPv6 address.");
    }

    public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
