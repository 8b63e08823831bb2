namespace AgentSoar.Coordinator.Runs;

/// <summary>Each connector has its own queue, so hosts can serve only the connectors of their network zone.</summary>
public static class ConnectorQueues
{
    public static string NameOf(string connector) => $"agentsoar.connector.{connector}";

    public static string AddressOf(string connector) => $"queue:{NameOf(connector)}";
}
