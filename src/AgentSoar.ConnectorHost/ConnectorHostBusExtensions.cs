using AgentSoar.ConnectorHost.Messaging;
using AgentSoar.ConnectorHost.Registry;
using MassTransit;

namespace AgentSoar.ConnectorHost;

/// <summary>How the connector host plugs into a MassTransit bus that someone else configures.</summary>
public static class ConnectorHostBusExtensions
{
    /// <summary>
    /// Adds the connector host's consumers. <see cref="ExecuteActionConsumer"/> is left out of
    /// <c>ConfigureEndpoints</c>: it belongs on the per-connector queues (see
    /// <see cref="ConfigureConnectorEndpoints"/>). <see cref="ConnectorCatalogRequestedConsumer"/> gets a
    /// temporary endpoint of this process's own, because every host must answer a catalog request,
    /// not just one of them.
    /// </summary>
    /// <param name="bus">The bus registration.</param>
    public static void AddConnectorHostConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<ExecuteActionConsumer>().ExcludeFromConfigureEndpoints();
        bus.AddConsumer<ConnectorCatalogRequestedConsumer>().Endpoint(endpoint =>
        {
            endpoint.Temporary = true;
            endpoint.InstanceId = $"{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();
        });
    }

    /// <summary>
    /// Makes one receive endpoint per connector this host runs, named
    /// <c>agentsoar.connector.&lt;name&gt;</c>, with <see cref="ExecuteActionConsumer"/> and no
    /// consume topology (commands are sent to the queue, never published). Call it in the
    /// transport's configuration callback; transport-specific settings (prefetch, quorum queues)
    /// go in <paramref name="configureEndpoint"/>.
    /// </summary>
    /// <param name="configurator">The transport's bus configurator.</param>
    /// <param name="context">The bus registration context (a service provider).</param>
    /// <param name="configureEndpoint">Optional extra settings for each connector endpoint.</param>
    public static void ConfigureConnectorEndpoints(
        this IBusFactoryConfigurator configurator,
        IBusRegistrationContext context,
        Action<string, IReceiveEndpointConfigurator>? configureEndpoint = null)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var name in context.GetRequiredService<ConnectorRegistry>().ConnectorNames)
        {
            configurator.ReceiveEndpoint(ConnectorEndpoints.QueueName(name), endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                configureEndpoint?.Invoke(name, endpoint);
                endpoint.ConfigureConsumer<ExecuteActionConsumer>(context);
            });
        }
    }
}
