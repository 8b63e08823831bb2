using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

/// <summary>What the firewall actions share: options, the nft runner and the checks before a command is built.</summary>
internal sealed class Firewall(NftablesOptions options, INftRunner runner)
{
    public NftablesOptions Options => options;

    public INftRunner Runner => runner;

    public FirewallRuleset Ruleset { get; } = new(options);

    public static ActionFailure NotConfigured() => ActionFailure.Unauthorized(
        "The nftables connector is not configured: set AgentSoar:Connectors:nftables:Enabled=true (with its Table, sets, Hooks and, "
        + "if any, NetworkNamespace) to let it change netfilter rules.");

    /// <summary>Parses the input address and refuses protected networks.</summary>
    public ActionFailure? Check(string ip, out IpTarget target)
    {
        if (!IpTarget.TryParse(ip, out target, out var error))
        {
            return ActionFailure.InvalidInput($"ip: {error}");
        }

        var candidate = target;
        var protectedNetwork = options.EffectiveProtectedNetworks.FirstOrDefault(network => network.Overlaps(candidate));
        return protectedNetwork is null
            ? null
            : ActionFailure.InvalidInput($"ip: {target} overlaps the protected network {protectedNetwork}, which is never blocked.");
    }

    /// <summary>The table's sets and elements; an absent table is an empty listing.</summary>
    public async Task<(IReadOnlyList<NftElement> V4, IReadOnlyList<NftElement> V6, ActionFailure? Failure)> ListAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Ruleset.ListTable(), cancellationToken);
        if (result.Succeeded)
        {
            return (NftJson.Elements(result.StandardOutput, options.SetV4), NftJson.Elements(result.StandardOutput, options.SetV6), null);
        }

        return NftFailures.IsNoSuchObject(result)
            ? ([], [], null)
            : ([], [], NftFailures.For(result, options.Endpoint, $"Listing table inet {options.Table}"));
    }
}
