namespace AgentSoar.Intake.Tests.TestSupport;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Instant)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
