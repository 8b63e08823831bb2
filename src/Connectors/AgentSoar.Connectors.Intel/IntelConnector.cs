using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// The <c>intel</c> connector: read-only reputation lookups of IP addresses, domains, URLs and file
/// hashes in the sources configured under <c>AgentSoar:Connectors:intel:Sources:&lt;name&gt;</c> —
/// local feeds (STIX 2.1 bundles, CSV files, plain lists; reloaded when they change) and HTTP
/// reputation services.
/// </summary>
/// <remarks>
/// Each lookup answers the worst verdict any source gave (<c>malicious</c>, <c>suspicious</c>,
/// <c>clean</c>, or <c>unknown</c> when none knew the indicator), the highest score, and the sources
/// that said so. Without sources the connector starts and its actions fail with a "not configured"
/// error; in simulation they answer <c>unknown</c>.
/// </remarks>
public sealed class IntelConnector : Connector<IntelOptions>, IDisposable
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "intel";

    // One client for the connector's life; redirects are never followed (only the configured host may be called).
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // Each source bounds its own calls; the host bounds the whole attempt.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    // The sources the actions use, kept so the connection test reports on the feeds already loaded.
    private IntelSources? _sources;

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Looks up IP addresses, domains, URLs and file hashes in threat-intelligence feeds (STIX 2.1, CSV, lists) and HTTP reputation services.";

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(IntelOptions options, ConnectorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(setup);
        var sources = CreateSources(options, setup);
        _sources = sources;
        return
        [
            new LookupIpAction(sources),
            new LookupDomainAction(sources),
            new LookupUrlAction(sources),
            new LookupHashAction(sources),
            new TestAction(sources),
        ];
    }

    /// <inheritdoc />
    protected override Task<ConnectionTestResult> TestConnectionAsync(IntelOptions options, ConnectorSetup setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(setup);
        var sources = _sources ?? CreateSources(options, setup);
        if (!sources.IsConfigured)
        {
            return Task.FromResult(ConnectionTestResult.Failure(IntelSources.NotConfigured));
        }

        var statuses = sources.All.Select(source => source.Status()).ToList();
        var summary = string.Join("; ", statuses.Select(s => s.Error is { } error
            ? $"{s.Name}: {error}"
            : s.Indicators is { } count ? $"{s.Name}: {count} indicators, {s.Skipped} skipped" : $"{s.Name}: {s.Host}"));
        var failed = statuses.Where(s => !s.Ready).ToList();
        return Task.FromResult(failed.Count == 0
            ? ConnectionTestResult.Success($"Sources ready: {summary}.")
            : ConnectionTestResult.Failure($"Sources not ready: {summary}."));
    }

    private IntelSources CreateSources(IntelOptions options, ConnectorSetup setup) => new(
    [
        .. options.Sources.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value.Type == IntelSourceType.Http
            ? (IIntelSource)new ReputationSource(pair.Key, pair.Value, _http)
            : new FeedSource(pair.Key, pair.Value, options, setup.Time, setup.Logger)),
    ]);
}
