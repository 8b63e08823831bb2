using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.ConnectorHost.Messaging;

/// <summary>The catalog announcement of this host, the same whether it is sent at start or on request.</summary>
internal static class CatalogMessage
{
    public static ConnectorCatalogPublished Create(ConnectorRegistry registry, ConnectorHostOptions options, TimeProvider time) =>
        new(options.HostId, registry.Catalog, time.GetUtcNow());
}
