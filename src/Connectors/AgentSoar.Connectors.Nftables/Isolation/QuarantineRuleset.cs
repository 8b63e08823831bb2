using System.Globalization;

namespace AgentSoar.Connectors.Nftables;

/// <summary>The nft commands of host isolation, built from validated options only.</summary>
internal sealed class QuarantineRuleset(HostIsolationOptions options)
{
    private static readonly string[] Hooks = ["input", "output", "forward"];

    public string Table => options.Table;

    /// <summary>Lists the tables of the host, as JSON (to tell whether it is isolated, and the connection test).</summary>
    public NftInvocation ListTables(IsolatedHostOptions host) =>
        NftCommandLine.Build(options.EndpointOf(host), json: true, [["list", "tables"]]);

    /// <summary>
    /// One transaction: the quarantine table with input, output and forward chains whose policy is
    /// drop, accepting only loopback, IPv6 neighbour discovery (without it no IPv6 address on the link
    /// is reachable) and traffic from and to the management networks. Applying it again rewrites the
    /// rules in the same transaction, so a changed management list takes effect with no gap.
    /// </summary>
    public NftInvocation Isolate(IsolatedHostOptions host)
    {
        var table = options.Table;
        var priority = options.Priority.ToString(CultureInfo.InvariantCulture);
        var management = options.ManagementOf(host);
        var commands = new List<IReadOnlyList<string>> { new[] { "add", "table", "inet", table } };
        foreach (var hook in Hooks)
        {
            commands.Add(["add", "chain", "inet", table, hook, "{", "type", "filter", "hook", hook, "priority", priority, ";", "policy", "drop", ";", "}"]);
            commands.Add(["flush", "chain", "inet", table, hook]);
        }

        foreach (var (hook, interfaceKey, addressKey) in new[] { ("input", "iif", "saddr"), ("output", "oif", "daddr") })
        {
            commands.Add(["add", "rule", "inet", table, hook, interfaceKey, "lo", "accept"]);
            commands.Add(["add", "rule", "inet", table, hook, "icmpv6", "type", "{", "nd-neighbor-solicit,", "nd-neighbor-advert", "}", "accept"]);
            foreach (var network in management)
            {
                commands.Add(["add", "rule", "inet", table, hook, network.IsIPv4 ? "ip" : "ip6", addressKey, network.ToString(), "accept"]);
            }
        }

        return NftCommandLine.Build(options.EndpointOf(host), json: false, commands);
    }

    /// <summary>One transaction that removes the quarantine table; adding it first makes the delete succeed when it is absent.</summary>
    public NftInvocation Release(IsolatedHostOptions host) => NftCommandLine.Build(options.EndpointOf(host), json: false,
    [
        ["add", "table", "inet", options.Table],
        ["delete", "table", "inet", options.Table],
    ]);
}
