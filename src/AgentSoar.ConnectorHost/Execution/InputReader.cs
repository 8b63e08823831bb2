using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// Turns a command's inputs into the action's input record, or into an error that names the field
/// and says what it expects, for the playbook author who has to fix it.
/// </summary>
internal static class InputReader
{
    public static (object? Input, string? Error) Read(JsonElement inputs, RegisteredAction action)
    {
        var name = $"{action.Connector}.{action.Name}";
        if (inputs.ValueKind == JsonValueKind.Undefined)
        {
            inputs = JsonDocument.Parse("{}").RootElement;
        }

        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return (null, $"The inputs of {name} must be a JSON object, not {inputs.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var properties = action.InputSchema["properties"] as JsonObject ?? [];
        var given = inputs.EnumerateObject().Select(property => property.Name).ToList();
        var unknown = given.FirstOrDefault(field => !properties.ContainsKey(field));
        if (unknown is not null)
        {
            return (null, $"Unknown input '{unknown}' for {name}; it takes: {string.Join(", ", properties.Select(p => p.Key))}.");
        }

        var required = (action.InputSchema["required"] as JsonArray ?? []).Select(node => node?.GetValue<string>()).OfType<string>();
        var missing = required.FirstOrDefault(field => !given.Contains(field, StringComparer.Ordinal));
        if (missing is not null)
        {
            return (null, $"Missing required input '{missing}' for {name}.");
        }

        try
        {
            var input = inputs.Deserialize(action.Action.InputType, ConnectorJson.Options);
            return input is null ? (null, $"The inputs of {name} must be a JSON object.") : (input, null);
        }
        catch (JsonException ex)
        {
            return (null, Describe(ex, inputs, properties, name));
        }
    }

    private static string Describe(JsonException ex, JsonElement inputs, JsonObject properties, string name)
    {
        var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..].Split('.', '[')[0]
            : null;
        var reason = ex.Message;
        var tail = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail >= 0)
        {
            reason = reason[..tail];
        }

        if (field is null)
        {
            return $"Invalid inputs for {name}: {reason}";
        }

        if (inputs.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Null)
        {
            return $"Invalid input '{field}' for {name}: must not be null.";
        }

        // The serializer's own wording names .NET types; what the author needs is the JSON type the field takes.
        if (reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            reason = $"expected {Expected(properties[field])}";
        }

        return $"Invalid input '{field}' for {name}: {reason}";
    }

    private static string Expected(JsonNode? schema)
    {
        if (schema?["enum"] is JsonArray values)
        {
            return "one of " + string.Join(", ", values.Select(value => value?.ToJsonString()));
        }

        var type = schema?["type"] switch
        {
            JsonArray types => string.Join(" or ", types.Select(t => t?.GetValue<string>()).Where(t => t != "null")),
            JsonValue single => single.GetValue<string>(),
            _ => "a different value",
        };
        return schema?["pattern"] is not null && schema["description"] is { } description ? $"{type} ({description})" : type;
    }
}
