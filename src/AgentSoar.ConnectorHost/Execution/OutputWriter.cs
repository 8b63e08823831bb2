using System.Text.Json;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// Serialises an action's output for the bus, masked and bounded: an output that cannot be
/// written, or is too large, is the connector's error and becomes a permanent failure.
/// </summary>
internal static class OutputWriter
{
    public static (JsonElement Output, string? Error) Write(object? output, JsonElement inputs, RegisteredAction action, SecretMasker masker, int maxBytes)
    {
        byte[] json;
        try
        {
            json = output is null
                ? JsonSerializer.SerializeToUtf8Bytes(WouldHaveDone(inputs, action))
                : JsonSerializer.SerializeToUtf8Bytes(output, action.Action.OutputType, ConnectorJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (default, $"The output of {action.Connector}.{action.Name} could not be serialised: {masker.Mask(ex.Message)}");
        }

        if (json.Length > maxBytes)
        {
            return (default, $"The output of {action.Connector}.{action.Name} is {json.Length} bytes, over the limit of {maxBytes}.");
        }

        using var document = JsonDocument.Parse(json);
        return (masker.Mask(document.RootElement.Clone()), null);
    }

    // The documented shape of a default simulation (ConnectorAction.SimulateAsync).
    private static Dictionary<string, object> WouldHaveDone(JsonElement inputs, RegisteredAction action) => new()
    {
        ["simulated"] = true,
        ["connector"] = action.Connector,
        ["action"] = action.Name,
        ["input"] = inputs.ValueKind == JsonValueKind.Undefined ? new Dictionary<string, object>() : inputs,
    };
}
