using Microsoft.Extensions.Hosting;

namespace AgentSoar.Hosting.Bus;

/// <summary>A background loop that makes one check every <see cref="Interval"/> until the host stops.</summary>
public abstract class PeriodicCheck(TimeProvider clock) : BackgroundService
{
    /// <summary>The clock the checks are timed by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The pause between two checks.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One check; also called directly by tests.</summary>
    public abstract Task CheckAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
