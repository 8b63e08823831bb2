using AgentSoar.Contracts.Connectors;
using MassTransit;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>A Coordinator that just started asks the connector hosts to announce their catalogs again.</summary>
public sealed class CatalogRequestOnStart(IBus bus, TimeProvider clock, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The bus starts after this service: ask once the application has started.
        lifetime.ApplicationStarted.Register(() => _ = bus.Publish(new ConnectorCatalogRequested("coordinator", clock.GetUtcNow())));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
