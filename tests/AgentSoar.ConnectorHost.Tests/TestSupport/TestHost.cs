using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>The host's services as AddAgentSoarConnectorHost registers them, with the test connector and fast retries.</summary>
public sealed class TestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001",
            ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010",
            ["AgentSoar:Connectors:test:ApiKey"] = Canary,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddAgentSoarConnectorHost(Configuration);
        services.AddAgentSoarConnector<TestConnector>();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>A secret value no output, error or log may ever show.</summary>
    public static string Canary => "canary-5f1d2c9e-secret";

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => _provider;

    public ActionExecutor Executor => _provider.GetRequiredService<ActionExecutor>();

    public ConnectorRegistry Registry => _provider.GetRequiredService<ConnectorRegistry>();

    public SecretMasker Masker => _provider.GetRequiredService<SecretMasker>();

    public TestConnector Connector => _provider.GetServices<AgentSoar.Connectors.Sdk.Connector>().OfType<TestConnector>().Single(connector => connector.GetType() == typeof(TestConnector));

    public void Dispose() => _provider.Dispose();
}
