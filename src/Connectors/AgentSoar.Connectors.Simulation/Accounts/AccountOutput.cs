namespace AgentSoar.Connectors.Simulation;

internal sealed record AccountOutput(string User, bool Disabled);
