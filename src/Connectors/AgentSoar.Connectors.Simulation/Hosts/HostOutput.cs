namespace AgentSoar.Connectors.Simulation;

internal sealed record HostOutput(string Hostname, bool Isolated);
