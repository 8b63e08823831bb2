namespace AgentSoar.Connectors.Webhook;

internal static class AssemblyMarker;
