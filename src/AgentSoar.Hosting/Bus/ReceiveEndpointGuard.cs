using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// Starts again a receive endpoint that MassTransit stopped trying to reconnect. After a broker restart, an endpoint
/// whose reconnect fails with an exception its transport retry policy does not list (a channel disposed under it, an
/// operation cancelled) gives up for good: its queue keeps its messages and no consumer, the service stays up, and
/// only a restart of the process used to bring it back. An endpoint that is down (faulted or completed, and not
/// stopped on purpose) and has reported nothing for longer than <see cref="BusOptions.EndpointRestartAfter"/> is
/// stopped and started again. While MassTransit still tries, each failed try reports a fault at least every 31 s,
/// so a longer limit leaves a broker outage to MassTransit; a restart would be safe even then (the stop ends its
/// wait). An endpoint that MassTransit holds for ready while the broker lists no consumer on its queue
/// (<see cref="BrokerConsumerProbe"/>) counts as down too.
/// </summary>
public sealed partial class ReceiveEndpointGuard(IOptions<BusOptions> options, TimeProvider clock, ILogger<ReceiveEndpointGuard> logger)
    : PeriodicCheck(clock), IReceiveEndpointObserver
{
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Uri, Down> _down = new();
    private readonly ConcurrentDictionary<Uri, bool> _stopping = new();
    private readonly ConcurrentDictionary<Uri, IReceiveEndpoint> _ready = new();

    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    /// <summary>The endpoints MassTransit last reported ready, whose consumers the broker should list.</summary>
    public IReadOnlyCollection<Uri> ReadyEndpoints => _ready.Keys.ToList();

    /// <summary>The broker lists no consumer on a ready endpoint's queue: it counts as down from now (if not already).</summary>
    public void ReportNoConsumer(Uri address)
    {
        if (_ready.TryGetValue(address, out var endpoint) && !_stopping.ContainsKey(address))
        {
            var now = Clock.GetUtcNow();
            _down.TryAdd(address, new Down(endpoint, now, now, "the broker lists no consumer on its queue", Probed: true));
        }
    }

    /// <summary>The broker lists a consumer again: a down mark that came from the probe is lifted.</summary>
    public void ReportConsumer(Uri address)
    {
        if (_down.TryGetValue(address, out var down) && down.Probed)
        {
            _down.TryRemove(new(address, down));
        }
    }

    Task IReceiveEndpointObserver.Ready(ReceiveEndpointReady ready)
    {
        _ready[ready.InputAddress] = ready.ReceiveEndpoint;
        _down.TryRemove(ready.InputAddress, out _);
        _stopping.TryRemove(ready.InputAddress, out _);
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Stopping(ReceiveEndpointStopping stopping)
    {
        // Stopped on purpose (the host shutting down, or this guard restarting it): not a failure to mend.
        _stopping[stopping.InputAddress] = true;
        _ready.TryRemove(stopping.InputAddress, out _);
        _down.TryRemove(stopping.InputAddress, out _);
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Completed(ReceiveEndpointCompleted completed)
    {
        MarkDown(completed.ReceiveEndpoint, completed.InputAddress, "its consumer stopped");
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Faulted(ReceiveEndpointFaulted faulted)
    {
        MarkDown(faulted.ReceiveEndpoint, faulted.InputAddress, faulted.Exception is { } ex ? $"{ex.GetType().Name}: {ex.Message}" : "faulted");
        return Task.CompletedTask;
    }

    /// <summary>One look: starts again every endpoint down and silent for longer than the configured time.</summary>
    public override async Task CheckAsync(CancellationToken stoppingToken)
    {
        var now = Clock.GetUtcNow();
        foreach (var (address, down) in _down)
        {
            if (now - down.LastHeard >= options.Value.EndpointRestartAfter && !_stopping.ContainsKey(address) && _down.TryRemove(new(address, down)))
            {
                await RestartAsync(address, down, now, stoppingToken);
            }
        }
    }

    private void MarkDown(IReceiveEndpoint endpoint, Uri address, string reason)
    {
        _ready.TryRemove(address, out _);
        if (_stopping.ContainsKey(address))
        {
            return;
        }

        var now = Clock.GetUtcNow();
        _down.AddOrUpdate(address, _ => new Down(endpoint, now, now, reason), (_, old) => old with { Endpoint = endpoint, LastHeard = now, Reason = reason, Probed = false });
    }

    private async Task RestartAsync(Uri address, Down down, DateTimeOffset now, CancellationToken stoppingToken)
    {
        LogRestarting(logger, address, (now - down.Since).TotalSeconds, (now - down.LastHeard).TotalSeconds, down.Reason);
        try
        {
            using (var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                limit.CancelAfter(StopLimit);
                await down.Endpoint.Stop(limit.Token);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            _stopping.TryRemove(address, out _);
            down.Endpoint.Start(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Try again at the next look; the failure itself is the news.
            LogRestartFailed(logger, ex, address);
            _stopping.TryRemove(address, out _);
            _down.TryAdd(address, down with { LastHeard = Clock.GetUtcNow() - options.Value.EndpointRestartAfter });
        }
    }

    protected override void OnCheckFailed(Exception exception) => LogCheckFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for receive endpoints to start again failed; will look again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive endpoint {Address} has been down for {Seconds:0} s, {Silent:0} s of them without a reconnect attempt ({Reason}); starting it again, as MassTransit stops reconnecting an endpoint after some failures")]
    private static partial void LogRestarting(ILogger logger, Uri address, double seconds, double silent, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start receive endpoint {Address} again; will try at the next check")]
    private static partial void LogRestartFailed(ILogger logger, Exception exception, Uri address);

    /// <summary>An endpoint down since <paramref name="Since"/>, last heard of (a fault, a probe's first report) at <paramref name="LastHeard"/>.</summary>
    private sealed record Down(IReceiveEndpoint Endpoint, DateTimeOffset Since, DateTimeOffset LastHeard, string Reason, bool Probed = false);
}
