using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Registry;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Messaging;

/// <summary>
/// Loads the connectors when the host starts, so a bad configuration stops it at once; once every
/// service has started (the bus included) it publishes the catalog and logs each connector's
/// connection test.
/// </summary>
internal sealed class ConnectorHostStartup(
    IServiceProvider services,
    ConnectorRegistry registry,
    IOptions<ConnectorHostOptions> options,
    TimeProvider time,
    SecretMasker masker,
    ILogger<ConnectorHostStartup> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var connector in registry.Connectors)
        {
            logger.LogInformation(
                "Connector {Connector} {Version}: {Actions}{Simulated}",
                connector.Name,
                connector.Connector.Version,
                string.Join(", ", connector.Actions.Keys.Order(StringComparer.Ordinal)),
                connector.Simulated ? " (simulation mode)" : "");
        }

        return Task.CompletedTask;
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await PublishCatalogAsync(cancellationToken);
        await Task.WhenAll(registry.Connectors.Select(connector => TestConnectionAsync(connector, cancellationToken)));
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PublishCatalogAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IBus>() is not { } bus)
        {
            logger.LogWarning("No bus is configured: the connector catalog is not published.");
            return;
        }

        try
        {
            await bus.Publish(CatalogMessage.Create(registry, options.Value, time), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: coordinators ask again with ConnectorCatalogRequested when they start.
            logger.LogWarning(ex, "The connector catalog could not be published at start.");
        }
    }

    private async Task TestConnectionAsync(RegisteredConnector connector, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectionTestTimeout);
        try
        {
            var result = await connector.Connector.TestConnectionAsync(connector.Setup, timeout.Token).WaitAsync(timeout.Token);
            if (result.Succeeded)
            {
                logger.LogInformation("Connector {Connector} connection test passed: {Message}", connector.Name, masker.Mask(result.Message ?? string.Empty));
            }
            else
            {
                // A connector's own words may quote its configuration: mask before they reach the log.
                logger.LogWarning("Connector {Connector} connection test failed: {Message}", connector.Name, masker.Mask(result.Message ?? string.Empty));
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Connector {Connector} connection test failed: {Error}", connector.Name, ex.GetType().Name);
        }
    }
}
