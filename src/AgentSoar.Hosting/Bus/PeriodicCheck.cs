using Microsoft.Extensions.Hosting;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// A background loop that makes one check every <see cref="Interval"/> until the host stops. A check that fails is
/// reported and the next one made: a watcher of the bus must never be what stops the service.
/// </summary>
public abstract class PeriodicCheck(TimeProvider clock) : BackgroundService
{
    /// <summary>The clock the checks are timed by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The pause between two checks.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One check; also called directly by tests.</summary>
    public abstract Task CheckAsync(CancellationToken ct);

    /// <summary>Reports a check that threw.</summary>
    protected abstract void OnCheckFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    OnCheckFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
