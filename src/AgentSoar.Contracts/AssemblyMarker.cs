namespace AgentSoar.Contracts;

internal static class AssemblyMarker;
