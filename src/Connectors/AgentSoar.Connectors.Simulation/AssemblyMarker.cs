namespace AgentSoar.Connectors.Simulation;

internal static class AssemblyMarker;
