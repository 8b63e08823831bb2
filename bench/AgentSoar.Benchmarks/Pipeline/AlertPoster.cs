using System.Diagnostics;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>Posts the benchmark's alerts: all at once over a few concurrent requests, or one by one at a steady rate.</summary>
internal sealed class AlertPoster(PipelineApi api, TimeProvider clock)
{
    public PipelineApi Api => api;

    /// <summary>Posts <paramref name="count"/> alerts made by <paramref name="alert"/> over <paramref name="posters"/> concurrent requests.</summary>
    public async Task<Posted> PostAllAsync(int count, int posters, Func<int, string> alert, CancellationToken ct)
    {
        var since = clock.GetUtcNow();
        var alerts = new PostedAlert[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, posters).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var postedAt = clock.GetUtcNow();
                alerts[i] = new PostedAlert(await api.PostAlertAsync(alert(i), ct), postedAt, i);
            }
        }));
        return new Posted(since, alerts);
    }

    /// <summary>Posts <paramref name="count"/> alerts one by one, <paramref name="perSecond"/> a second.</summary>
    public async Task<Posted> PostPacedAsync(int count, double perSecond, Func<int, string> alert, CancellationToken ct)
    {
        var since = clock.GetUtcNow();
        var alerts = new PostedAlert[count];
        var pace = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > pace.Elapsed)
            {
                await Task.Delay(due - pace.Elapsed, ct);
            }

            var postedAt = clock.GetUtcNow();
            alerts[i] = new PostedAlert(await api.PostAlertAsync(alert(i), ct), postedAt, i);
        }

        return new Posted(since, alerts);
    }
}

/// <summary>An accepted alert: its id, when its POST began, and its index in its phase.</summary>
internal sealed record PostedAlert(string AlertId, DateTimeOffset PostedAt, int Index);

/// <summary>A phase's alerts and when its first POST began.</summary>
internal sealed record Posted(DateTimeOffset Since, IReadOnlyList<PostedAlert> Alerts)
{
    public IReadOnlyList<string> Ids => Alerts.Select(a => a.AlertId).ToList();
}
