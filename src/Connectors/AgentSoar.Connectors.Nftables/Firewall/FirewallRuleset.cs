using System.Globalization;

namespace AgentSoar.Connectors.Nftables;

/// <summary>The nft commands of the firewall connector, built from validated options and targets only.</summary>
internal sealed class FirewallRuleset(NftablesOptions options)
{
    /// <summary>The longest timeout a set element takes (the kernel keeps it in 32-bit milliseconds).</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(49);

    public string Table => options.Table;

    public string SetFor(IpTarget target) => target.IsIPv4 ? options.SetV4 : options.SetV6;

    /// <summary>Lists the whole table (sets with their elements), as JSON.</summary>
    public NftInvocation ListTable() =>
        NftCommandLine.Build(options.Endpoint, json: true, [["list", "table", "inet", options.Table]]);

    /// <summary>Lists the tables, as JSON (the connection test).</summary>
    public NftInvocation ListTables() =>
        NftCommandLine.Build(options.Endpoint, json: true, [["list", "tables"]]);

    /// <summary>
    /// One transaction: make sure table, sets and chains exist (the chains' rules are rewritten, the
    /// sets keep their elements), then put the target in its set with the given timeout. Adding,
    /// deleting and adding again replaces an element that is already there, so a new expiry (or none)
    /// takes the place of the old one without a moment unblocked.
    /// </summary>
    public NftInvocation Block(IpTarget target, TimeSpan? timeout)
    {
        var element = target.ToString();
        var set = SetFor(target);
        IReadOnlyList<string> timed = timeout is { } value
            ? ["add", "element", "inet", options.Table, set, "{", element, "timeout", Milliseconds(value), "}"]
            : ["add", "element", "inet", options.Table, set, "{", element, "}"];
        return NftCommandLine.Build(options.Endpoint, json: false,
        [
            .. Ensure(),
            ["add", "element", "inet", options.Table, set, "{", element, "}"],
            ["delete", "element", "inet", options.Table, set, "{", element, "}"],
            timed,
        ]);
    }

    /// <summary>
    /// One transaction that removes the target from its set; adding it first makes the delete succeed
    /// even if the element expired since it was listed.
    /// </summary>
    public NftInvocation Unblock(IpTarget target)
    {
        var element = target.ToString();
        var set = SetFor(target);
        return NftCommandLine.Build(options.Endpoint, json: false,
        [
            ["add", "element", "inet", options.Table, set, "{", element, "}"],
            ["delete", "element", "inet", options.Table, set, "{", element, "}"],
        ]);
    }

    /// <summary>The nft form of a timeout: whole milliseconds, rounded up.</summary>
    public static string Milliseconds(TimeSpan value) =>
        ((long)Math.Ceiling(value.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms";

    private IEnumerable<IReadOnlyList<string>> Ensure()
    {
        var table = options.Table;
        var priority = options.Priority.ToString(CultureInfo.InvariantCulture);
        yield return ["add", "table", "inet", table];
        yield return ["add", "set", "inet", table, options.SetV4, "{", "type", "ipv4_addr", ";", "flags", "interval,timeout", ";", "}"];
        yield return ["add", "set", "inet", table, options.SetV6, "{", "type", "ipv6_addr", ";", "flags", "interval,timeout", ";", "}"];
        foreach (var hook in options.EffectiveHooks)
        {
            yield return ["add", "chain", "inet", table, hook, "{", "type", "filter", "hook", hook, "priority", priority, ";", "policy", "accept", ";", "}"];
            yield return ["flush", "chain", "inet", table, hook];
            yield return ["add", "rule", "inet", table, hook, "ip", "saddr", "@" + options.SetV4, "drop"];
            yield return ["add", "rule", "inet", table, hook, "ip", "daddr", "@" + options.SetV4, "drop"];
            yield return ["add", "rule", "inet", table, hook, "ip6", "saddr", "@" + options.SetV6, "drop"];
            yield return ["add", "rule", "inet", table, hook, "ip6", "daddr", "@" + options.SetV6, "drop"];
        }
    }
}
