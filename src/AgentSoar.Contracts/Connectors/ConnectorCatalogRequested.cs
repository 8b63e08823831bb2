namespace AgentSoar.Contracts.Connectors;

/// <summary>Asks every connector host to publish its catalog again (a Coordinator that just started).</summary>
public sealed record ConnectorCatalogRequested(string RequestedBy, DateTimeOffset RequestedAt);
