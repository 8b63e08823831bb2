using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>The connectors registered in the service container (first-party ones, and those added with <c>AddAgentSoarConnector</c>).</summary>
internal sealed class ServiceConnectorSource(IEnumerable<Connector> connectors) : IConnectorSource
{
    public string Description => "the registered services";

    public IEnumerable<Connector> GetConnectors() => connectors;
}
