namespace AgentSoar.Connectors.Sdk;

internal static class AssemblyMarker;
