using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Yaml;

/// <summary>
/// Writes a JSON tree as block-style YAML, in the tree's key order. Text is written plain only when YAML cannot read
/// it as anything but that text; otherwise it is double-quoted with JSON escapes, which YAML reads the same way.
/// </summary>
internal static partial class YamlWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    };

    public static string Write(JsonObject root, IEnumerable<string>? headerComments = null)
    {
        var text = new StringBuilder();
        foreach (var comment in headerComments ?? [])
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        WriteMapping(text, root, 0);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, JsonObject map, int indent, bool firstInline = false)
    {
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!(first && firstInline))
            {
                text.Append(' ', indent);
            }

            first = false;
            text.Append(Scalar(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } map:
                text.Append('\n');
                WriteMapping(text, map, indent + 2);
                break;
            case JsonArray { Count: > 0 } list:
                text.Append('\n');
                WriteSequence(text, list, indent + 2);
                break;
            default:
                text.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static void WriteSequence(StringBuilder text, JsonArray list, int indent)
    {
        foreach (var item in list)
        {
            text.Append(' ', indent).Append("- ");
            switch (item)
            {
                case JsonObject { Count: > 0 } map:
                    WriteMapping(text, map, indent + 2, firstInline: true);
                    break;
                case JsonArray { Count: > 0 } inner:
                    text.Append('\n');
                    WriteSequence(text, inner, indent + 2);
                    break;
                default:
                    text.Append(Inline(item)).Append('\n');
                    break;
            }
        }
    }

    private static string Inline(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        _ when value.GetValueKind() == JsonValueKind.String => Scalar(value.GetValue<string>()),
        _ => value.ToJsonString(),
    };

    private static string Scalar(string text) =>
        (PlainText().IsMatch(text) && !Reserved.Contains(text)) || Duration().IsMatch(text)
            ? text
            : JsonSerializer.Serialize(text, Quoting);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_./-]*$")]
    private static partial Regex PlainText();

    [GeneratedRegex("^([0-9]+(ms|s|m|h|d))+$")]
    private static partial Regex Duration();
}
