using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Execution.Resilience;

/// <summary>The circuit breaker of one connector: the host's settings, overridden by the connector's.</summary>
internal sealed record CircuitSettings(
    bool Enabled,
    double FailureRatio,
    int MinimumThroughput,
    TimeSpan SamplingDuration,
    TimeSpan BreakDuration)
{
    public static CircuitSettings FromHost(ConnectorHostOptions host) => new(
        host.CircuitBreakerEnabled,
        host.CircuitBreakerFailureRatio,
        host.CircuitBreakerMinimumThroughput,
        host.CircuitBreakerSamplingDuration,
        host.CircuitBreakerBreakDuration);
}
