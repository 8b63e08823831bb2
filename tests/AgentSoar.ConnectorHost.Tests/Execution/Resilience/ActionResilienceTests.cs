using AgentSoar.ConnectorHost.Execution.Resilience;

namespace AgentSoar.ConnectorHost.Tests.Execution.Resilience;

/// <summary>How a command's own timeout and attempts meet the configured ones.</summary>
public sealed class ActionResilienceTests
{
    private static readonly ActionResilience Configured = new(
        Timeout: TimeSpan.FromSeconds(5),
        TimeoutCap: TimeSpan.FromSeconds(5),
        MaxAttempts: 4,
        MaxAttemptsCap: 4,
        RetryBaseDelay: TimeSpan.Zero,
        RetryMaxDelay: TimeSpan.Zero);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 2)]
    [InlineData(60, 5)]
    public void AttemptTimeout_CommandTimeout_OwnWithinTheCapOrTheDefaultWhenNone(int commandSeconds, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Configured.AttemptTimeout(TimeSpan.FromSeconds(commandSeconds)));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 1)]
    [InlineData(9, 4)]
    public void Attempts_CommandAttempts_OwnWithinTheCapOrTheDefaultWhenNone(int command, int expected)
    {
        Assert.Equal(expected, Configured.Attempts(command));
    }
}
