using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Contracts.Connectors;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Messaging;

/// <summary>Answers <see cref="ConnectorCatalogRequested"/> by publishing this host's <see cref="ConnectorCatalogPublished"/>.</summary>
public sealed class ConnectorCatalogRequestedConsumer(ConnectorRegistry registry, IOptions<ConnectorHostOptions> options, TimeProvider time)
    : IConsumer<ConnectorCatalogRequested>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<ConnectorCatalogRequested> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Publish(CatalogMessage.Create(registry, options.Value, time), context.CancellationToken);
    }
}
