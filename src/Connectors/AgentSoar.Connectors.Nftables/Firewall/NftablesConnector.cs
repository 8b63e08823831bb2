using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

/// <summary>
/// The <c>nftables</c> connector: blocks and unblocks IPv4 and IPv6 addresses and networks in a
/// table and address sets of its own in Linux netfilter, through the <c>nft</c> command (optionally
/// in a named network namespace).
/// </summary>
/// <remarks>
/// Actions: <c>block_ip</c> (optionally with a duration, which becomes the set element's timeout),
/// <c>unblock_ip</c> (its undo), <c>list_blocked</c> and <c>test</c>. The table, its two sets and one
/// chain per configured hook are created when missing. nft is started with an argument list, never a
/// shell, and an address reaches it only after being parsed and re-rendered. Until
/// <see cref="NftablesOptions.Enabled"/> is set, nothing runs nft and the actions fail as unauthorized.
/// </remarks>
public sealed class NftablesConnector : Connector<NftablesOptions>
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "nftables";

    private readonly INftRunner _runner;

    /// <summary>Creates the connector; it runs nft as a child process.</summary>
    public NftablesConnector()
        : this(ProcessNftRunner.Instance)
    {
    }

    internal NftablesConnector(INftRunner runner) => _runner = runner;

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Blocks IPv4 and IPv6 addresses and networks in Linux netfilter (nftables).";

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(NftablesOptions options, ConnectorSetup setup)
    {
        var firewall = new Firewall(options, _runner);
        return [new BlockIpAction(firewall), new UnblockIpAction(firewall), new ListBlockedAction(firewall), new TestAction(firewall)];
    }

    /// <inheritdoc />
    protected override async Task<ConnectionTestResult> TestConnectionAsync(NftablesOptions options, ConnectorSetup setup, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return ConnectionTestResult.Failure("Not configured: set AgentSoar:Connectors:nftables:Enabled=true to use it (no nft command was run).");
        }

        var result = await TestAction.RunAsync(new Firewall(options, _runner), cancellationToken);
        return result.Output is { } output
            ? ConnectionTestResult.Success($"nft {output.NftVersion} answered in {options.Endpoint.Describe()}; table inet {output.Table} {(output.TableExists ? "exists" : "will be created by the first block")}.")
            : ConnectionTestResult.Failure(result.Failure!.Message);
    }
}
