using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>
/// Where a host's connectors come from: the services registered in the container today, a plugin
/// folder loaded in its own load contexts later. The registry asks every source once, at start.
/// </summary>
public interface IConnectorSource
{
    /// <summary>Where the connectors come from, for error messages.</summary>
    string Description { get; }

    /// <summary>The connectors of this source; the source owns (and disposes) them.</summary>
    /// <returns>The connectors.</returns>
    IEnumerable<Connector> GetConnectors();
}
