namespace AgentSoar.Connectors.Simulation;

internal sealed record ForensicsOutput(string Hostname, string Package, IReadOnlyList<string> Artifacts);
