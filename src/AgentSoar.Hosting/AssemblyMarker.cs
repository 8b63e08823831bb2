namespace AgentSoar.Hosting;

internal static class AssemblyMarker;
