using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Testing;

/// <summary>A best-effort valid input built from an input schema: every required property gets a plain value of its type.</summary>
internal static class SampleInputs
{
    public static JsonObject FromSchema(JsonNode? schema)
    {
        var input = new JsonObject();
        if (schema is not JsonObject root || root["properties"] is not JsonObject properties)
        {
            return input;
        }

        var required = root["required"] is JsonArray list
            ? list.Select(node => node?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (name, property) in properties)
        {
            if (required.Contains(name))
            {
                input[name] = ValueFor(property);
            }
        }

        return input;
    }

    private static JsonNode? ValueFor(JsonNode? schema)
    {
        if (schema is not JsonObject property)
        {
            return "sample";
        }

        if (property["enum"] is JsonArray values && values.FirstOrDefault(value => value is not null) is { } first)
        {
            return first.DeepClone();
        }

        if (property["anyOf"] is JsonArray anyOf && anyOf.Any(option => option?["format"]?.GetValue<string>() == "ipv4"))
        {
            return "192.0.2.10";
        }

        return TypeOf(property) switch
        {
            "integer" or "number" => 1,
            "boolean" => false,
            "array" => new JsonArray(),
            "object" => FromSchema(property),
            _ => "sample",
        };
    }

    private static string? TypeOf(JsonObject property) => property["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(type => type?.GetValue<string>()).FirstOrDefault(type => type is not null and not "null"),
        _ => null,
    };
}
