using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Messaging;

/// <summary>The names of the queues connector hosts consume commands from (defined once, in the contracts).</summary>
public static class ConnectorEndpoints
{
    /// <summary>What every connector queue name starts with.</summary>
    public const string QueuePrefix = ConnectorQueues.Prefix;

    /// <summary>The queue <c>ExecuteAction</c> commands for <paramref name="connector"/> are sent to: <c>agentsoar.connector.&lt;name&gt;</c>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <returns>The queue name.</returns>
    public static string QueueName(string connector) => ConnectorQueues.NameOf(connector);
}
