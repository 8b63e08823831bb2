namespace AgentSoar.Connectors.Simulation;

internal sealed record DomainBlockOutput(string Domain, bool Blocked, DateTimeOffset? ExpiresAt);
