using AgentSoar.ConnectorHost.Configuration;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// One resilience pipeline per connector: retry (outermost), circuit breaker, attempt timeout. The
/// timeout and the number of attempts vary per command, so they travel in the resilience context
/// rather than being baked into the pipeline. The circuit is per connector because the usual cause
/// of a run of failures (the far system is down) affects all its actions.
/// </summary>
internal sealed class ExecutionPipelines(ConnectorHostOptions options, TimeProvider time) : IDisposable
{
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("agentsoar.attempt-timeout");
    public static readonly ResiliencePropertyKey<int> MaxAttempts = new("agentsoar.max-attempts");

    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<AttemptOutcome> For(string connector) =>
        _registry.GetOrAddPipeline<AttemptOutcome>(connector.ToLowerInvariant(), builder => Configure(builder, connector));

    public void Dispose() => _registry.Dispose();

    private static bool IsRetryable(Outcome<AttemptOutcome> outcome) =>
        outcome.Result?.IsTransient == true || outcome.Exception is TimeoutRejectedException;

    private void Configure(ResiliencePipelineBuilder<AttemptOutcome> builder, string connector)
    {
        builder.Name = $"agentsoar.connector.{connector}";
        builder.TimeProvider = time;
        builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
        {
            // The pipeline allows the host's ceiling; each command's own limit is enforced here.
            ShouldHandle = args => ValueTask.FromResult(
                IsRetryable(args.Outcome) && args.AttemptNumber + 1 < args.Context.Properties.GetValue(MaxAttempts, 1)),
            MaxRetryAttempts = Math.Max(1, options.MaxAttemptsLimit - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result?.Failure?.RetryAfter is { } after ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(after.Ticks, options.RetryMaxDelay.Ticks)) : null),
        });

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptOutcome>
            {
                // Only failures of the far side count: a refused input says nothing about its health.
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome)),
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, options.DefaultTimeout)),
        });
    }
}
