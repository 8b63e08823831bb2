namespace AgentSoar.Contracts.Queries;

/// <summary>The connectors by name.</summary>
public sealed record ConnectorList(IReadOnlyList<ConnectorView> Connectors);
