using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Intake.Errors;

namespace AgentSoar.Intake.Json;

/// <summary>Parses alert text within the limits, turning every failure into a typed error.</summary>
internal static class AlertJson
{
    public static JsonObject ParseObject(string text, AlertLimits limits)
    {
        // Counting bytes is linear; a char count above MaxBytes already proves the text too large.
        if (text.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            throw new AlertNormalizationException(AlertErrorKind.TooLarge, JsonPathText.Root, $"the alert is larger than {limits.MaxBytes} bytes");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            throw new AlertNormalizationException(AlertErrorKind.TooLarge, e.Path ?? JsonPathText.Root, $"the alert is nested deeper than {limits.MaxDepth} levels");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw new AlertNormalizationException(AlertErrorKind.MalformedJson, e.Path ?? JsonPathText.Root, $"not valid JSON{where}");
        }

        return node switch
        {
            JsonObject obj => obj,
            null => throw new AlertNormalizationException(AlertErrorKind.NotAnObject, JsonPathText.Root, "expected a JSON object, found null"),
            _ => throw new AlertNormalizationException(AlertErrorKind.NotAnObject, JsonPathText.Root, $"expected a JSON object, found {Describe(node)}"),
        };
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };

    /// <summary>A scalar as text: strings as they are, numbers and booleans as JSON writes them; null for anything else.</summary>
    public static string? ScalarText(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        }
        : null;
}
