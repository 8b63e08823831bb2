using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Approvals;

/// <summary>
/// The fingerprint an approval binds to: SHA-256 over a canonical JSON of connector, action and the
/// rendered inputs (object keys sorted, no whitespace). Change anything and it is a new action.
/// </summary>
public static class ActionHash
{
    public static string Compute(string connector, string action, JsonNode? inputs)
    {
        var canonical = new StringBuilder();
        canonical.Append(JsonSerializer.Serialize(connector)).Append('|').Append(JsonSerializer.Serialize(action)).Append('|');
        WriteCanonical(inputs, canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void WriteCanonical(JsonNode? node, StringBuilder output)
    {
        switch (node)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject obj:
                output.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    output.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    WriteCanonical(value, output);
                    first = false;
                }

                output.Append('}');
                break;
            case JsonArray array:
                output.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    output.Append(i == 0 ? string.Empty : ",");
                    WriteCanonical(array[i], output);
                }

                output.Append(']');
                break;
            default:
                output.Append(node.ToJsonString());
                break;
        }
    }
}
