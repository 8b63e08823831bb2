namespace AgentSoar.Storage;

internal static class AssemblyMarker;
