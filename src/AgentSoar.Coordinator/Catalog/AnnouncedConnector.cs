using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>A connector as a host announced it: the host, and when (by the host's clock).</summary>
public sealed record AnnouncedConnector(ConnectorInfo Connector, string HostId, DateTimeOffset AnnouncedAt);
