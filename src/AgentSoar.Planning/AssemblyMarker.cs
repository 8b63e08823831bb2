namespace AgentSoar.Planning;

internal static class AssemblyMarker;
