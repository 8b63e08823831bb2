using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

/// <summary>
/// The <c>webhook</c> connector: <c>post</c> sends a JSON object to a named endpoint configured under
/// <c>AgentSoar:Connectors:webhook:Endpoints:&lt;name&gt;</c>; <c>request</c> makes any REST call below one. Only
/// configured endpoints can be reached.
/// </summary>
/// <remarks>
/// 2xx is success; 408, 429, 5xx and network errors are transient (the host retries them); 401 and
/// 403 are unauthorized; 404 is not found; other answers, redirects included, are permanent. The
/// <c>Idempotency-Key</c> header carries the execution's key so a receiver can drop repeats.
/// In simulation mode nothing is sent: the output says where and what would have been posted.
/// </remarks>
public sealed class WebhookConnector : Connector<WebhookOptions>, IDisposable
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "webhook";

    // One client for the connector's life: sockets are pooled, and recycled every few minutes so DNS changes are seen.
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // The host bounds every attempt with its own timeout.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Posts JSON to named, configured HTTP endpoints.";

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(WebhookOptions options, ConnectorSetup setup) =>
        [new PostAction(options, _http), new RequestAction(options, _http)];

    /// <inheritdoc />
    protected override Task<ConnectionTestResult> TestConnectionAsync(WebhookOptions options, ConnectorSetup setup, CancellationToken cancellationToken) =>
        Task.FromResult(options.Endpoints.Count == 0
            ? ConnectionTestResult.Failure("No endpoint is configured under AgentSoar:Connectors:webhook:Endpoints.")
            : ConnectionTestResult.Success($"Endpoints configured: {string.Join(", ", options.Endpoints.Keys.Order(StringComparer.Ordinal))}."));
}
