using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Execution.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// One resilience pipeline per action: retry (outermost, with the action's delays) around its connector's pipeline,
/// circuit breaker then attempt timeout. The circuit is per connector, shared by its actions, because the usual cause
/// of a run of failures (the far system is down) affects all of them. The timeout and the number of attempts vary
/// per command, so they travel in the resilience context rather than being baked into the pipeline.
/// </summary>
internal sealed class ExecutionPipelines(ConnectorHostOptions options, ResilienceSettings settings, TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("agentsoar.attempt-timeout");
    public static readonly ResiliencePropertyKey<int> MaxAttempts = new("agentsoar.max-attempts");

    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<AttemptOutcome> For(string connector, string action)
    {
        // Built before the action's pipeline, not inside its callback, so the registry is never re-entered.
        var shared = _registry.GetOrAddPipeline<AttemptOutcome>(connector.ToLowerInvariant(), builder => ConfigureConnector(builder, connector));
        return _registry.GetOrAddPipeline<AttemptOutcome>(
            $"{connector}/{action}".ToLowerInvariant(),
            builder => ConfigureAction(builder, connector, action, shared));
    }

    public void Dispose() => _registry.Dispose();

    private static bool IsRetryable(Outcome<AttemptOutcome> outcome) =>
        outcome.Result?.IsTransient == true || outcome.Exception is TimeoutRejectedException;

    private void ConfigureAction(ResiliencePipelineBuilder<AttemptOutcome> builder, string connector, string action, ResiliencePipeline<AttemptOutcome> shared)
    {
        var resilience = settings.For(connector, action);
        builder.Name = $"agentsoar.connector.{connector}.{action}";
        builder.TimeProvider = time;
        builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
        {
            // The pipeline allows the host's ceiling; each command's own limit is enforced here.
            ShouldHandle = args => ValueTask.FromResult(
                IsRetryable(args.Outcome) && args.AttemptNumber + 1 < args.Context.Properties.GetValue(MaxAttempts, 1)),
            MaxRetryAttempts = Math.Max(1, options.MaxAttemptsLimit - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = resilience.RetryBaseDelay,
            MaxDelay = resilience.RetryMaxDelay,
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result?.Failure?.RetryAfter is { } after ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(after.Ticks, resilience.RetryMaxDelay.Ticks)) : null),
            OnRetry = args =>
            {
                logger.LogInformation(
                    "{Connector}.{Action} attempt {Attempt} {Outcome}; trying again in {Delay}",
                    connector,
                    action,
                    args.AttemptNumber + 1,
                    args.Outcome.Exception is TimeoutRejectedException ? "timed out" : "failed transiently",
                    args.RetryDelay);
                return default;
            },
        });
        builder.AddPipeline(shared);
    }

    private void ConfigureConnector(ResiliencePipelineBuilder<AttemptOutcome> builder, string connector)
    {
        var circuit = settings.CircuitFor(connector);
        builder.Name = $"agentsoar.connector.{connector}";
        builder.TimeProvider = time;
        if (circuit.Enabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptOutcome>
            {
                // Only failures of the far side count: a refused input says nothing about its health.
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome)),
                FailureRatio = circuit.FailureRatio,
                MinimumThroughput = circuit.MinimumThroughput,
                SamplingDuration = circuit.SamplingDuration,
                BreakDuration = circuit.BreakDuration,
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, options.DefaultTimeout)),
        });
    }
}
