namespace AgentSoar.Connectors.Simulation;

internal sealed record SessionsOutput(string User, bool SessionsRevoked);
