namespace AgentSoar.Connectors.Simulation;

internal sealed record KillProcessOutput(string Hostname, string Process, bool Killed);
