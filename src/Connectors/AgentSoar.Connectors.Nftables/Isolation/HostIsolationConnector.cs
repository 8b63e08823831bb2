using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables;

/// <summary>
/// The <c>hostisolation</c> connector: isolates a Linux host by applying an nftables quarantine
/// table to its network stack (its own, or a named network namespace) that drops everything but
/// loopback and traffic from and to its configured management addresses.
/// </summary>
/// <remarks>
/// Actions: <c>isolate_host</c>, <c>release_host</c> (its undo) and <c>test</c>. OpenC2: <c>contain
/// device</c> with <c>device_containment: network_isolation</c>. With no host configured nothing runs
/// nft and the actions fail as unauthorized; simulation still works.
/// </remarks>
public sealed class HostIsolationConnector : Connector<HostIsolationOptions>
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "hostisolation";

    private readonly INftRunner _runner;

    /// <summary>Creates the connector; it runs nft as a child process.</summary>
    public HostIsolationConnector()
        : this(ProcessNftRunner.Instance)
    {
    }

    internal HostIsolationConnector(INftRunner runner) => _runner = runner;

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Isolates Linux hosts with an nftables quarantine that spares only their management addresses.";

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(HostIsolationOptions options, ConnectorSetup setup)
    {
        var quarantine = new Quarantine(options, _runner);
        return [new IsolateHostAction(quarantine), new ReleaseHostAction(quarantine), new TestHostsAction(quarantine)];
    }

    /// <inheritdoc />
    protected override async Task<ConnectionTestResult> TestConnectionAsync(HostIsolationOptions options, ConnectorSetup setup, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            return ConnectionTestResult.Failure("Not configured: no host under AgentSoar:Connectors:hostisolation:Hosts (no nft command was run).");
        }

        var result = await TestHostsAction.RunAsync(new Quarantine(options, _runner), hostname: null, cancellationToken);
        return result.Output is { } output
            ? ConnectionTestResult.Success("nft answered for " + string.Join(", ", output.Hosts.Select(host => $"{host.Hostname} ({(host.Isolated ? "isolated" : "not isolated")})")) + ".")
            : ConnectionTestResult.Failure(result.Failure!.Message);
    }
}
