namespace AgentSoar.Connectors.Nftables;

/// <summary>One host, under <c>AgentSoar:Connectors:hostisolation:Hosts:&lt;name&gt;</c>: how to reach its network stack.</summary>
public sealed class IsolatedHostOptions
{
    /// <summary>
    /// The named network namespace that is the host's network stack (<c>ip netns exec NAME nft ...</c>);
    /// unset, the connector host's own stack: the host the connector host runs on.
    /// </summary>
    public string? NetworkNamespace { get; set; }

    /// <summary>This host's management addresses or networks; unset, the connector's <c>ManagementAddresses</c>.</summary>
    public string[]? ManagementAddresses { get; set; }
}
