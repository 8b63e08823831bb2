using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

/// <summary>
/// The <c>simulation</c> connector: SOAR-shaped actions that change nothing and record what they
/// would have done in an <see cref="ISimulationJournal"/>. For newcomers, demos and tests.
/// </summary>
/// <remarks>
/// Actions: <c>lookup_ip</c> (deterministic verdicts on the RFC 5737 documentation ranges:
/// 203.0.113.0/24 and 198.51.100.0/24 malicious, 192.0.2.0/24 suspicious, the rest unknown),
/// <c>block_ip</c>/<c>unblock_ip</c>, <c>isolate_host</c>/<c>release_host</c>,
/// <c>disable_account</c>/<c>enable_account</c>, <c>revoke_sessions</c>, <c>reset_password</c>, <c>comment</c>,
/// <c>lookup_hash</c> (the EICAR test file's hashes are malicious), <c>lookup_domain</c> (names under
/// <c>.invalid</c> malicious, under <c>.test</c> suspicious), <c>block_domain</c>/<c>unblock_domain</c>,
/// <c>block_hash</c>/<c>unblock_hash</c>, <c>kill_process</c>, <c>collect_forensics</c> and
/// <c>quarantine_email</c>/<c>release_email</c>.
/// </remarks>
/// <param name="journal">Where every call is recorded.</param>
public sealed class SimulationConnector(ISimulationJournal journal) : Connector
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "simulation";

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Changes nothing: records what a firewall, EDR, directory and case tool would have done.";

    /// <inheritdoc />
    public override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup) =>
    [
        new LookupIpAction(journal),
        new BlockIpAction(journal),
        new UnblockIpAction(journal),
        new IsolateHostAction(journal),
        new ReleaseHostAction(journal),
        new DisableAccountAction(journal),
        new EnableAccountAction(journal),
        new CommentAction(journal),
        new LookupHashAction(journal),
        new LookupDomainAction(journal),
        new BlockDomainAction(journal),
        new UnblockDomainAction(journal),
        new BlockHashAction(journal),
        new UnblockHashAction(journal),
        new KillProcessAction(journal),
        new CollectForensicsAction(journal),
        new RevokeSessionsAction(journal),
        new ResetPasswordAction(journal),
        new QuarantineEmailAction(journal),
        new ReleaseEmailAction(journal),
    ];
}
