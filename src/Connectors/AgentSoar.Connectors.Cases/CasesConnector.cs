using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>
/// The <c>cases</c> connector: playbooks work on AgentSoar's own incidents — <c>comment</c>, <c>tag</c>/<c>untag</c>,
/// <c>assign</c>, <c>close</c>/<c>reopen</c> — through the AgentSoar API with a key of their own, so every change is
/// checked, audited and shown exactly as an analyst's would be. Each action works on the run's own incident unless
/// the input names another. <c>test</c> checks the key and its roles.
/// </summary>
/// <remarks>
/// Every call carries the execution's idempotency key as <c>Idempotency-Key</c>, so a retry changes nothing twice.
/// API answers map to failures: 400 invalid input, 401/403 unauthorized, 404 not found, 409 permanent (the incident's
/// state does not allow it), 408/429/5xx and unreachable transient.
/// </remarks>
public sealed class CasesConnector : Connector<CasesOptions>, IDisposable
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "cases";

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        // The key must not follow a redirect to another host.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // The connector's own timeout and the host's bound every call.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Comments on, tags, assigns, closes and reopens AgentSoar incidents.";

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(CasesOptions options, ConnectorSetup setup)
    {
        var api = new CasesApi(options, _http);
        return
        [
            new CommentAction(api),
            new TagAction(api),
            new UntagAction(api),
            new AssignAction(api),
            new CloseAction(api),
            new ReopenAction(api),
            new TestAction(api),
        ];
    }

    /// <inheritdoc />
    protected override async Task<ConnectionTestResult> TestConnectionAsync(CasesOptions options, ConnectorSetup setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = await new CasesApi(options, _http).WhoAmIAsync(new ActionContext { CancellationToken = cancellationToken });
        return result.Output is { } me
            ? ConnectionTestResult.Success($"{options.ApiUrl} accepts the key as {me.Name} ({string.Join(", ", me.Roles)}).")
            : ConnectionTestResult.Failure(result.Failure!.Message);
    }
}
