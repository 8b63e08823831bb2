using MassTransit;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// How a consumer's failure is retried before its message goes to the endpoint's <c>_error</c>
/// queue. The message stays unacknowledged on the broker meanwhile, so a crash during the wait
/// loses nothing: the broker hands it out again.
/// </summary>
public static class RetryPolicies
{
    /// <summary>The longest pause between two tries of a transient failure.</summary>
    public static readonly TimeSpan MaxTransientInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Transient failures (<see cref="TransientFaults"/>: the database or broker away) are retried in place with
    /// pauses growing to <see cref="MaxTransientInterval"/> for <see cref="BusOptions.TransientRetryLimit"/>; a
    /// restart of either server takes seconds to a minute, and failing over to the error queue then would leave
    /// accepted work waiting for someone to replay it. Anything else (an optimistic-concurrency conflict, a bug, a
    /// message the consumer cannot handle) gets five quick tries and then goes to the error queue with its exception.
    /// </summary>
    public static void UseAgentSoarRetry(this IConsumePipeConfigurator cfg, BusOptions options)
    {
        ArgumentNullException.ThrowIfNull(cfg);
        ArgumentNullException.ThrowIfNull(options);

        // The outer filter sees only what the inner one lets through untried: the transient failures.
        cfg.UseMessageRetry(r =>
        {
            r.Handle<Exception>(TransientFaults.IsTransient);
            r.Intervals([.. TransientIntervals(options.TransientRetryLimit)]);
        });
        cfg.UseMessageRetry(r =>
        {
            r.Ignore<Exception>(TransientFaults.IsTransient);
            r.Exponential(5, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100));
        });
    }

    /// <summary>Pauses of 0.2, 0.5, 1, 2, 5, 10 s, then <see cref="MaxTransientInterval"/>, until they add up to <paramref name="limit"/>.</summary>
    public static IReadOnlyList<TimeSpan> TransientIntervals(TimeSpan limit)
    {
        TimeSpan[] start = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];
        var intervals = new List<TimeSpan>();
        var total = TimeSpan.Zero;
        for (var i = 0; total < limit; i++)
        {
            var next = i < start.Length ? start[i] : MaxTransientInterval;
            intervals.Add(next);
            total += next;
        }

        return intervals;
    }
}
