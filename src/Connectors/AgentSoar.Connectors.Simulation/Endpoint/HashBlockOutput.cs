namespace AgentSoar.Connectors.Simulation;

internal sealed record HashBlockOutput(string Hash, bool Blocked);
