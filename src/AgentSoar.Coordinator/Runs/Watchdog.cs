using AgentSoar.Engine.Events;
using AgentSoar.Hosting;
using AgentSoar.Storage;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// Times out steps and approvals from the database, not from in-memory timers, so a deadline holds
/// across restarts and whichever replica looks first applies it (the row version settles races).
/// </summary>
public sealed partial class Watchdog(
    ICoordinatorStore store,
    RunCoordinator runs,
    TimeProvider clock,
    IOptions<CoordinatorOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<Watchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                foreach (var run in await store.ListRunsDueAsync(now, 100, stoppingToken))
                {
                    await TickAsync(run.Id, now, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(options.Value.WatchdogInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One run that cannot be advanced must not keep the others from their deadlines.</summary>
    private async Task TickAsync(Guid runId, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await runs.ApplyAsync(runId, new DeadlineReached(now), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogRunFailed(logger, ex, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Watchdog could not apply a deadline to run {RunId}; will try again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watchdog pass failed; will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
