using AgentSoar.Hosting;
using AgentSoar.Storage;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>
/// Sends outbox messages that were committed but never confirmed sent (the process died between the
/// commit and the send, or the broker was away). Receivers are idempotent, so a message sent twice
/// in that window changes nothing twice.
/// </summary>
public sealed partial class OutboxSweeper(
    ICoordinatorStore store,
    OutboxDispatcher dispatcher,
    TimeProvider clock,
    IOptions<CoordinatorOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartedAsync(stoppingToken);
        var retryAfter = options.Value.OutboxRetryAfter;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Only what has waited a while: younger rows are most likely in flight in a live
                // replica's own dispatch, and sending them here too would only make duplicates.
                var pending = await store.ListUnsentOutboxAsync(clock.GetUtcNow() - retryAfter, 500, stoppingToken);
                if (pending.Count > 0)
                {
                    LogResending(logger, pending.Count);
                    await dispatcher.DispatchAsync(pending, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }

            await Task.Delay(retryAfter, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {Count} outbox message(s) left unsent")]
    private static partial void LogResending(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox sweep failed; will try again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
