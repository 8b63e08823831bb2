namespace AgentSoar.Cli.Tests.TestSupport;

/// <summary>A clock stopped at one instant, so traces are the same on every run. Timers still run on real time (timeouts work).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Instant { get; } = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Instant)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
