using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>A connector the host runs: its actions, options, secrets and whether it is simulated.</summary>
public sealed class RegisteredConnector
{
    internal RegisteredConnector(Connector connector, ConnectorSetup setup, bool simulated, IReadOnlyList<RegisteredAction> actions)
    {
        Connector = connector;
        Setup = setup;
        Simulated = simulated;
        Actions = actions.ToDictionary(action => action.Name, StringComparer.OrdinalIgnoreCase);
        Info = new ConnectorInfo(connector.Name, connector.Version, connector.Description, simulated, [.. actions.Select(action => action.Info)]);
    }

    /// <summary>The connector's name.</summary>
    public string Name => Connector.Name;

    /// <summary>The connector itself.</summary>
    public Connector Connector { get; }

    /// <summary>What the connector was started with (options, secrets, logger, clock).</summary>
    public ConnectorSetup Setup { get; }

    /// <summary>Whether its actions run in simulation mode.</summary>
    public bool Simulated { get; }

    /// <summary>Its actions, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, RegisteredAction> Actions { get; }

    /// <summary>What the catalog says of the connector.</summary>
    public ConnectorInfo Info { get; }
}
