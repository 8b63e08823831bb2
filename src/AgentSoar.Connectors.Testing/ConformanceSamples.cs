using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Testing;

/// <summary>The inputs the kit derives from an action's input schema when it is given none.</summary>
public static class ConformanceSamples
{
    /// <summary>
    /// A valid input for <paramref name="action"/>: every required property gets a plain value of its type
    /// (<c>"sample"</c>, <c>1</c>, <c>false</c>, the first enum value, <c>192.0.2.10</c> for an address).
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject SampleInput(ConnectorAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return SampleInputs.FromSchema(ConnectorJson.GetSchema(action.InputType));
    }

    /// <summary>
    /// Inputs <paramref name="action"/> must refuse: the sample with an unknown field and, when the schema has
    /// required properties, the sample without the first one.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="sampleInput">Makes a new valid input for the action.</param>
    /// <returns>The invalid inputs.</returns>
    public static IEnumerable<JsonObject> InvalidInputs(ConnectorAction action, Func<ConnectorAction, JsonObject> sampleInput)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(sampleInput);
        return Iterate(action, sampleInput);
    }

    private static IEnumerable<JsonObject> Iterate(ConnectorAction action, Func<ConnectorAction, JsonObject> sampleInput)
    {
        var unknown = sampleInput(action);
        unknown["conformance_unknown_field"] = "typo";
        yield return unknown;

        var schema = ConnectorJson.GetSchema(action.InputType);
        if (schema["required"] is JsonArray { Count: > 0 } required && required[0]?.GetValue<string>() is { } first)
        {
            var missing = sampleInput(action);
            missing.Remove(first);
            yield return missing;
        }
    }
}
