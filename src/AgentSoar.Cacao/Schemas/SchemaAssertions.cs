using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Schemas;

/// <summary>The keywords that look at a value itself: <c>type</c>, <c>enum</c>, <c>const</c>, <c>pattern</c>, <c>minimum</c>, <c>maximum</c>.</summary>
internal static class SchemaAssertions
{
    public static void CheckValue(JsonNode? instance, JsonObject keywords, string pointer, SchemaOutcome outcome)
    {
        if (keywords["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Exists(t => HasType(instance, t)))
            {
                outcome.Fail(pointer, $"must be {string.Join(" or ", allowed)}, not {TypeName(instance)}");
                return;
            }
        }

        if (keywords["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            outcome.Fail(pointer, $"must be one of {string.Join(", ", values.Select(v => v?.ToJsonString()))}, not {instance?.ToJsonString() ?? "null"}");
        }

        if (keywords.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, instance))
        {
            outcome.Fail(pointer, $"must be {constant?.ToJsonString() ?? "null"}");
        }

        if (instance is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && keywords["pattern"]?.GetValue<string>() is { } pattern
            && !JsonSchemaValidator.Pattern(pattern).IsMatch(value.GetValue<string>()))
        {
            outcome.Fail(pointer, $"'{value.GetValue<string>()}' does not have the expected form ({pattern})");
        }

        if (instance is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
        {
            var x = Number(number);
            if (keywords["minimum"] is JsonValue min && x < Number(min))
            {
                outcome.Fail(pointer, $"must be at least {JsonSchemaValidator.Number(Number(min))}");
            }

            if (keywords["maximum"] is JsonValue max && x > Number(max))
            {
                outcome.Fail(pointer, $"must be at most {JsonSchemaValidator.Number(Number(max))}");
            }
        }
    }

    private static bool HasType(JsonNode? instance, string type) => type switch
    {
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "null" => instance is null,
        "string" => Kind(instance) == JsonValueKind.String,
        "boolean" => Kind(instance) is JsonValueKind.True or JsonValueKind.False,
        "number" => Kind(instance) == JsonValueKind.Number,
        "integer" => Kind(instance) == JsonValueKind.Number && Number(instance!) is var d && Math.Floor(d) == d,
        _ => true,
    };

    // Through the text: a value built in memory (a long) cannot be read as a double directly, one parsed from JSON can.
    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsonValueKind? Kind(JsonNode? node) => node is JsonValue value ? value.GetValueKind() : null;

    private static string TypeName(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            _ => "a boolean",
        },
    };
}
