namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>A clock stopped at one instant; timers still run in real time, so timeouts and delays keep working.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
