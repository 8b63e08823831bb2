using AgentSoar.Hosting.Bus;

namespace AgentSoar.ConnectorHost;

/// <summary>Plugs the connector host into a process: its services, its consumers, and one queue per connector.</summary>
public static class ConnectorHostBuilderExtensions
{
    /// <summary>The muscles: the connectors this host runs, each on its own queue.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder, to chain.</returns>
    public static IHostApplicationBuilder AddAgentSoarConnectors(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAgentSoarConnectorHost(builder.Configuration);
        var bus = builder.Services.AgentSoarBus();
        bus.Consumers.Add(registration => registration.AddConnectorHostConsumers());
        bus.Endpoints.Add((context, cfg) => cfg.ConfigureConnectorEndpoints(context));
        return builder;
    }
}
