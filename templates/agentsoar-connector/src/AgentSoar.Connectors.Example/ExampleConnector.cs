using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Example;

/// <summary>Tags hosts in the Example asset inventory.</summary>
public sealed class ExampleConnector : Connector<ExampleOptions>, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the host times attempts out
    };

    /// <inheritdoc />
    public override string Name => "example";

    /// <inheritdoc />
    public override string Description => "Tags and untags hosts in the Example asset inventory.";

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(ExampleOptions options, ConnectorSetup setup) =>
        [new TagHostAction(options, _http, remove: false), new TagHostAction(options, _http, remove: true)];
}
