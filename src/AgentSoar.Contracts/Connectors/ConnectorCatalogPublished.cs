namespace AgentSoar.Contracts.Connectors;

/// <summary>A connector host announces the connectors it runs (on start, and when asked).</summary>
public sealed record ConnectorCatalogPublished(string HostId, IReadOnlyList<ConnectorInfo> Connectors, DateTimeOffset PublishedAt);
