using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Testing;

/// <summary>
/// A connector host as <c>AddAgentSoarConnectorHost</c> builds it, running only the connector under test
/// (wrapped to count calls), with its settings, the canary secret, fast retries and every log line kept.
/// </summary>
internal sealed class ConformanceHost : IDisposable
{
    private const string ConnectorsSection = "AgentSoar:Connectors";
    private readonly ServiceProvider _provider;

    private ConformanceHost(ServiceProvider provider, SpyConnector connector, CapturedLogs logs, CallCounter calls)
    {
        _provider = provider;
        Spy = connector;
        Logs = logs;
        Calls = calls;
    }

    public SpyConnector Spy { get; }

    public CapturedLogs Logs { get; }

    public CallCounter Calls { get; }

    public ConnectorRegistry Registry => _provider.GetRequiredService<ConnectorRegistry>();

    public ActionExecutor Executor => _provider.GetRequiredService<ActionExecutor>();

    public RegisteredConnector Connector => Registry.FindConnector(Spy.Name)
        ?? throw new InvalidOperationException($"The host did not load connector '{Spy.Name}'.");

    public static ConformanceHost Start(
        bool simulation,
        IReadOnlyDictionary<string, string?> connectorSettings,
        string canaryKey,
        string canary,
        Action<IServiceCollection> configureServices,
        Func<IServiceProvider, Connector> createConnector)
    {
        var configuration = new ConfigurationManager();
        var logs = new CapturedLogs();
        var calls = new CallCounter();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        configureServices(services);
        services.AddAgentSoarConnectorHost(configuration);

        // Only the connector under test: no first-party connector, no plugins folder.
        services.RemoveAll<IConnectorSource>();
        services.AddSingleton<IConnectorSource>(provider => new SingleConnectorSource(new SpyConnector(createConnector(provider), calls)));
        var provider = services.BuildServiceProvider(validateScopes: true);
        try
        {
            var spy = (SpyConnector)provider.GetRequiredService<IConnectorSource>().GetConnectors().Single();
            var section = $"{ConnectorsSection}:{spy.Name}";
            var values = HostCommands.FastRetries();
            values["AgentSoar:ConnectorHost:Connectors:0"] = spy.Name;
            values["AgentSoar:ConnectorHost:CircuitBreakerEnabled"] = "false";
            values[$"{ConnectorsSection}:Simulation"] = "false";
            foreach (var (key, value) in connectorSettings)
            {
                values[$"{section}:{key}"] = value;
            }

            values[$"{section}:{canaryKey}"] = canary;
            values[$"{section}:Simulation"] = simulation ? "true" : "false";
            configuration.AddInMemoryCollection(values);
            return new ConformanceHost(provider, spy, logs, calls);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Runs one action through the executor, one attempt, as the Coordinator would send it.</summary>
    public Task<ActionExecutionResult> ExecuteAsync(string action, JsonObject input, TimeSpan timeout) =>
        Executor.ExecuteAsync(Command(action, input, timeout), CancellationToken.None);

    /// <summary>The input as the host would hand it to the action, deserialised with the connector JSON convention.</summary>
    public static object Deserialize(ConnectorAction action, JsonObject input) =>
        input.Deserialize(action.InputType, ConnectorJson.Options)
            ?? throw new InvalidOperationException($"The input of '{action.Metadata.Name}' deserialised to null.");

    public void Dispose() => _provider.Dispose();

    private ExecuteAction Command(string action, JsonObject input, TimeSpan timeout) =>
        HostCommands.Command(Spy.Name, action, JsonSerializer.SerializeToElement(input), "conformance", timeout, 1, null, null);

    private sealed class SingleConnectorSource(SpyConnector connector) : IConnectorSource, IDisposable
    {
        public string Description => "the connector under conformance test";

        public IEnumerable<Connector> GetConnectors() => [connector];

        public void Dispose()
        {
            switch (connector.Inner)
            {
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
                case IAsyncDisposable asyncDisposable:
                    asyncDisposable.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    break;
            }
        }
    }
}
