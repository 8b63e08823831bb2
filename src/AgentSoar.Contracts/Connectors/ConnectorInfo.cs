namespace AgentSoar.Contracts.Connectors;

public sealed record ConnectorInfo(string Name, string Version, string Description, bool Simulated, IReadOnlyList<ActionInfo> Actions);
