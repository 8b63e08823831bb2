namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>A clock that always says the same time, so exported files can be compared.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static FixedClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);
}
