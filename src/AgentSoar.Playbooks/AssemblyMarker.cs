namespace AgentSoar.Playbooks;

internal static class AssemblyMarker;
