using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

/// <summary>What the isolation actions share: options, the nft runner, the host lookup.</summary>
internal sealed class Quarantine(HostIsolationOptions options, INftRunner runner)
{
    public HostIsolationOptions Options => options;

    public QuarantineRuleset Ruleset { get; } = new(options);

    public static ActionFailure NotConfigured() => ActionFailure.Unauthorized(
        "The hostisolation connector is not configured: list the hosts it may isolate under AgentSoar:Connectors:hostisolation:Hosts "
        + "(each with how to reach its network stack) and their ManagementAddresses.");

    /// <summary>Finds the configured host named <paramref name="hostname"/>.</summary>
    public ActionFailure? Find(string hostname, out IsolatedHostOptions host)
    {
        host = null!;
        if (Uri.CheckHostName(hostname) == UriHostNameType.Unknown)
        {
            return ActionFailure.InvalidInput($"hostname: '{(hostname.Length > 64 ? hostname[..64] + "..." : hostname)}' is not a host name.");
        }

        if (!options.IsConfigured)
        {
            return NotConfigured();
        }

        if (options.Hosts.TryGetValue(hostname, out host!))
        {
            return null;
        }

        return ActionFailure.NotFound(
            $"Host '{hostname}' is not configured for isolation; configured hosts: {string.Join(", ", options.Hosts.Keys.Order(StringComparer.OrdinalIgnoreCase))}.");
    }

    public IReadOnlyList<string> Management(IsolatedHostOptions host) => options.ManagementOf(host).Select(network => network.ToString()).ToList();

    /// <summary>The nft version and whether the quarantine table is present on <paramref name="host"/>.</summary>
    public async Task<(string Version, bool Isolated, ActionFailure? Failure)> StateAsync(string hostname, IsolatedHostOptions host, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Ruleset.ListTables(host), cancellationToken);
        return result.Succeeded
            ? (NftJson.Version(result.StandardOutput), NftJson.HasTable(result.StandardOutput, "inet", options.Table), null)
            : ("", false, NftFailures.For(result, options.EndpointOf(host), $"Reading the tables of host '{hostname}'"));
    }

    public Task<NftResult> RunAsync(NftInvocation invocation, CancellationToken cancellationToken) => runner.RunAsync(invocation, cancellationToken);
}
