namespace AgentSoar.Contracts.Queries;

/// <summary>Query: the connectors the Coordinator has heard of. Answered with <see cref="ConnectorList"/>.</summary>
public sealed record GetConnectors;
