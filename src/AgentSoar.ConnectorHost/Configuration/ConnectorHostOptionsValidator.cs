using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Configuration;

/// <summary>Checks <see cref="ConnectorHostOptions"/> at start; every error names its configuration path.</summary>
internal sealed class ConnectorHostOptionsValidator : IValidateOptions<ConnectorHostOptions>
{
    // Polly refuses shorter circuit-breaker windows; saying so here names the key to fix.
    private static readonly TimeSpan PollyMinimumWindow = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, ConnectorHostOptions options)
    {
        var errors = new List<string>();
        void Check(bool valid, string key, string rule, object? value)
        {
            if (!valid)
            {
                errors.Add($"{ConnectorHostOptions.SectionPath}:{key} {rule} (was '{value}').");
            }
        }

        Check(!string.IsNullOrWhiteSpace(options.HostId), nameof(options.HostId), "must not be empty", options.HostId);
        Check(options.MaxTimeout > TimeSpan.Zero, nameof(options.MaxTimeout), "must be positive", options.MaxTimeout);
        Check(options.DefaultTimeout > TimeSpan.Zero && options.DefaultTimeout <= options.MaxTimeout, nameof(options.DefaultTimeout), "must be positive and at most MaxTimeout", options.DefaultTimeout);
        Check(options.MaxAttemptsLimit is >= 1 and <= 100, nameof(options.MaxAttemptsLimit), "must be between 1 and 100", options.MaxAttemptsLimit);
        Check(options.DefaultMaxAttempts >= 1 && options.DefaultMaxAttempts <= options.MaxAttemptsLimit, nameof(options.DefaultMaxAttempts), "must be between 1 and MaxAttemptsLimit", options.DefaultMaxAttempts);
        Check(options.RetryBaseDelay >= TimeSpan.Zero && options.RetryBaseDelay <= TimeSpan.FromHours(1), nameof(options.RetryBaseDelay), "must be between 0 and 1 hour", options.RetryBaseDelay);
        Check(options.RetryMaxDelay >= options.RetryBaseDelay && options.RetryMaxDelay <= TimeSpan.FromDays(1), nameof(options.RetryMaxDelay), "must be at least RetryBaseDelay and at most 1 day", options.RetryMaxDelay);
        Check(options.IdempotencyCacheSize >= 0, nameof(options.IdempotencyCacheSize), "must not be negative", options.IdempotencyCacheSize);
        Check(options.MaxOutputBytes >= 1024, nameof(options.MaxOutputBytes), "must be at least 1024", options.MaxOutputBytes);
        Check(options.CircuitBreakerFailureRatio is > 0 and <= 1, nameof(options.CircuitBreakerFailureRatio), "must be above 0 and at most 1", options.CircuitBreakerFailureRatio);
        Check(options.CircuitBreakerMinimumThroughput >= 2, nameof(options.CircuitBreakerMinimumThroughput), "must be at least 2", options.CircuitBreakerMinimumThroughput);
        Check(options.CircuitBreakerSamplingDuration >= PollyMinimumWindow, nameof(options.CircuitBreakerSamplingDuration), "must be at least 500 ms", options.CircuitBreakerSamplingDuration);
        Check(options.CircuitBreakerBreakDuration >= PollyMinimumWindow, nameof(options.CircuitBreakerBreakDuration), "must be at least 500 ms", options.CircuitBreakerBreakDuration);
        Check(options.ConnectionTestTimeout > TimeSpan.Zero, nameof(options.ConnectionTestTimeout), "must be positive", options.ConnectionTestTimeout);
        for (var i = 0; i < options.Connectors.Count; i++)
        {
            Check(!string.IsNullOrWhiteSpace(options.Connectors[i]), $"Connectors:{i}", "must name a connector", options.Connectors[i]);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
