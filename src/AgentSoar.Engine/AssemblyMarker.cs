namespace AgentSoar.Engine;

internal static class AssemblyMarker;
