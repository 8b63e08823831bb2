namespace AgentSoar.Contracts.Actions;

/// <summary>
/// Each connector has its own queue, <c>agentsoar.connector.&lt;name&gt;</c>, so a host can serve only
/// the connectors of its network zone. <see cref="ExecuteAction"/> is sent there, never published.
/// </summary>
public static class ConnectorQueues
{
    public const string Prefix = "agentsoar.connector.";

    public static string NameOf(string connector)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connector);
        return Prefix + connector.ToLowerInvariant();
    }

    public static string AddressOf(string connector) => $"queue:{NameOf(connector)}";
}
