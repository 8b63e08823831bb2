namespace AgentSoar.Connectors.Simulation;

internal sealed record PasswordResetOutput(string User, bool MustChangePassword);
