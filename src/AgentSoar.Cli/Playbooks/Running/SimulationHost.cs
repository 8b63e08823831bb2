using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// The connector host's own registry and executor, in process, with every connector in simulation
/// mode and no configuration at all: no endpoint, no credential, nothing from this machine's
/// settings, so no setting can turn simulation off for one connector.
/// </summary>
internal sealed class SimulationHost : IDisposable
{
    private readonly ServiceProvider _provider;

    private SimulationHost(ServiceProvider provider)
    {
        _provider = provider;
        Registry = provider.GetRequiredService<ConnectorRegistry>();
        Executor = provider.GetRequiredService<ActionExecutor>();
        Journal = provider.GetRequiredService<ISimulationJournal>();
    }

    public ConnectorRegistry Registry { get; }

    public ActionExecutor Executor { get; }

    /// <summary>Where the simulation connector writes what it would have done, in its own words.</summary>
    public ISimulationJournal Journal { get; }

    /// <summary>Starts the connectors.</summary>
    /// <param name="time">The clock the connectors and the executor's timeouts use.</param>
    /// <param name="addConnectors">Adds more connectors (tests use it for a connector that needs configuration).</param>
    /// <exception cref="AgentSoar.ConnectorHost.Configuration.ConnectorConfigurationException">A connector could not start.</exception>
    public static SimulationHost Start(TimeProvider time, Action<IServiceCollection>? addConnectors = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ConnectorRegistry.SimulationKey] = "true" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddAgentSoarConnectorHost(configuration);
        addConnectors?.Invoke(services);
        var provider = services.BuildServiceProvider();
        try
        {
            return new SimulationHost(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    public void Dispose() => _provider.Dispose();
}
