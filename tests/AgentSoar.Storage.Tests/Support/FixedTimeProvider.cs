namespace AgentSoar.Storage.Tests;

/// <summary>A clock that never moves, so stamped times can be asserted exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
