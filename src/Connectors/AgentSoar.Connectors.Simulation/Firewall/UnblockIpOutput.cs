namespace AgentSoar.Connectors.Simulation;

internal sealed record UnblockIpOutput(string Ip, bool Blocked);
