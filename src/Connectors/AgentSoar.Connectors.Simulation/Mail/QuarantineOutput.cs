namespace AgentSoar.Connectors.Simulation;

internal sealed record QuarantineOutput(string MessageId, bool Quarantined);
