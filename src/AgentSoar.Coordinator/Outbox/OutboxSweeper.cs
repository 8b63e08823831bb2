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
        var firstPass = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // At start everything unsent is from a previous life of this process: send it all now.
                var cutoff = firstPass ? clock.GetUtcNow() : clock.GetUtcNow() - retryAfter;
                var pending = await store.ListUnsentOutboxAsync(cutoff, 500, stoppingToken);
                if (pending.Count > 0)
                {
                    LogResending(logger, pending.Count);
                    await dispatcher.DispatchAsync(pending, stoppingToken);
                }

                firstPass = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
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
