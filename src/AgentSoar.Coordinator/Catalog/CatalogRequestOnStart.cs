using AgentSoar.Contracts.Connectors;
using AgentSoar.Hosting;
using MassTransit;

namespace AgentSoar.Coordinator.Catalog;

/// <summary>
/// A Coordinator that just started asks the connector hosts to announce their catalogs, and asks
/// again until one has answered: its own catalog endpoint may not be bound yet when the first
/// request's answers arrive, and a host may start later than it.
/// </summary>
public sealed partial class CatalogRequestOnStart(
    IBus bus,
    ConnectorCatalogCache catalog,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<CatalogRequestOnStart> logger) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        var delay = FirstDelay;
        while (!stoppingToken.IsCancellationRequested && catalog.Connectors.Count == 0)
        {
            try
            {
                await bus.Publish(new ConnectorCatalogRequested("coordinator", clock.GetUtcNow()), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRequestFailed(logger, ex);
            }

            await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask the connector hosts for their catalogs; will ask again")]
    private static partial void LogRequestFailed(ILogger logger, Exception exception);
}
