using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Playbooks;

/// <summary>
/// Looks at the playbook folder every <see cref="CoordinatorOptions.PlaybookReloadInterval"/> and reloads the
/// registry when its files changed. Polling rather than file-system events: those are lost on network and
/// container mounts, and an editor's save is several events.
/// </summary>
public sealed partial class PlaybookReloader(PlaybookRegistry playbooks, IOptions<CoordinatorOptions> options, TimeProvider clock, ILogger<PlaybookReloader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PlaybookReloadInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var seen = playbooks.Fingerprint();
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = playbooks.Fingerprint();
                if (now != seen)
                {
                    seen = now;
                    playbooks.Reload();
                }
            }
            catch (IOException e)
            {
                // A file half-written or the folder briefly gone: look again next tick.
                LogFailed(logger, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look at the playbook folder: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
