using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>An action the host can run, with its catalog entry.</summary>
public sealed class RegisteredAction
{
    internal RegisteredAction(string connector, ConnectorAction action, JsonObject inputSchema, ActionInfo info)
    {
        Connector = connector;
        Action = action;
        InputSchema = inputSchema;
        Info = info;
    }

    /// <summary>The connector's name.</summary>
    public string Connector { get; }

    /// <summary>The action's name.</summary>
    public string Name => Action.Metadata.Name;

    /// <summary>The action itself.</summary>
    public ConnectorAction Action { get; }

    /// <summary>What the catalog says of the action.</summary>
    public ActionInfo Info { get; }

    // Kept as a node so input errors can say what a field expects.
    internal JsonObject InputSchema { get; }
}
