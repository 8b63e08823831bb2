using AgentSoar.Contracts.Connectors;
using MassTransit;

namespace AgentSoar.Coordinator.Catalog;

public sealed class ConnectorCatalogConsumer(ConnectorCatalogCache cache) : IConsumer<ConnectorCatalogPublished>
{
    public Task Consume(ConsumeContext<ConnectorCatalogPublished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        cache.Update(context.Message);
        return Task.CompletedTask;
    }
}
