using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Messaging;
using AgentSoar.ConnectorHost.Plugins;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Connectors.Cases;
using AgentSoar.Connectors.Intel;
using AgentSoar.Connectors.Ldap;
using AgentSoar.Connectors.Mail;
using AgentSoar.Connectors.Nftables;
using AgentSoar.Connectors.OpenC2;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Simulation;
using AgentSoar.Connectors.Webhook;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost;

/// <summary>Registration of the connector host's services.</summary>
public static class ConnectorHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the connector registry, the executor, the first-party connectors (<c>simulation</c> and its
    /// <see cref="ISimulationJournal"/>, <c>webhook</c>, <c>intel</c>, <c>mail</c>, <c>nftables</c>,
    /// <c>hostisolation</c>, <c>ldap</c>, <c>openc2</c>, <c>cases</c>), the plugins of <c>AgentSoar:ConnectorHost:PluginsPath</c>,
    /// the host options (bound from <c>AgentSoar:ConnectorHost</c> and validated at start), the secret masker,
    /// <see cref="TimeProvider.System"/> unless a clock is registered, and a hosted service that loads
    /// the connectors at start and publishes the catalog. The bus is not configured here: see
    /// <see cref="ConnectorHostBusExtensions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding <c>AgentSoar:ConnectorHost</c> and <c>AgentSoar:Connectors</c>.</param>
    /// <returns>The services, to chain.</returns>
    public static IServiceCollection AddAgentSoarConnectorHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddLogging();
        services.AddOptions<ConnectorHostOptions>()
            .Bind(configuration.GetSection(ConnectorHostOptions.SectionPath))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorHostOptions>, ConnectorHostOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SecretMasker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorSource, ServiceConnectorSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorSource, PluginConnectorSource>());
        services.TryAddSingleton(provider => new ConnectorRegistry(
            provider.GetServices<IConnectorSource>(),
            configuration,
            provider.GetRequiredService<IOptions<ConnectorHostOptions>>(),
            provider.GetRequiredService<SecretMasker>(),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ActionExecutor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConnectorHostStartup>());

        services.TryAddSingleton<ISimulationJournal>(_ => new SimulationJournal());
        services.AddAgentSoarConnector<SimulationConnector>();
        services.AddAgentSoarConnector<WebhookConnector>();
        services.AddAgentSoarConnector<IntelConnector>();
        services.AddAgentSoarConnector<MailConnector>();
        services.AddAgentSoarConnector<NftablesConnector>();
        services.AddAgentSoarConnector<HostIsolationConnector>();
        services.AddAgentSoarConnector<LdapConnector>();
        services.AddAgentSoarConnector<OpenC2Connector>();
        services.AddAgentSoarConnector<CasesConnector>();
        return services;
    }

    /// <summary>
    /// Adds a connector to the ones the host can run (a singleton the container creates and
    /// disposes). Adding the same type twice adds it once.
    /// </summary>
    /// <typeparam name="TConnector">The connector type.</typeparam>
    /// <param name="services">The services.</param>
    /// <returns>The services, to chain.</returns>
    public static IServiceCollection AddAgentSoarConnector<TConnector>(this IServiceCollection services)
        where TConnector : Connector
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Connector, TConnector>());
        return services;
    }
}
