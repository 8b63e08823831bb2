namespace AgentSoar.Connectors.Simulation;

internal sealed record BlockIpOutput(string Ip, bool Blocked, string RuleId, DateTimeOffset? ExpiresAt);
