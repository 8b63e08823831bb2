using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Planning.Guardrails;

/// <summary>Turns the model's input value (a string, from the strict schema) into the JSON of the input's declared type.</summary>
internal static class InputValue
{
    public static JsonNode? Convert(JsonNode? value, InputType type)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return value;
        }

        var trimmed = text.Trim();
        switch (type)
        {
            case InputType.Number when double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                return JsonValue.Create(number);
            case InputType.Boolean when bool.TryParse(trimmed, out var flag):
                return JsonValue.Create(flag);
            case InputType.List or InputType.Object:
                try
                {
                    return JsonNode.Parse(trimmed, documentOptions: new JsonDocumentOptions { MaxDepth = 8 }) ?? value;
                }
                catch (JsonException)
                {
                    // Left as text: the type check refuses it with the input's name.
                    return value;
                }

            default:
                return value;
        }
    }

    /// <summary>Every string inside <paramref name="node"/>: itself, or the items and values of a list or object.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonArray a => a.SelectMany(Strings),
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
