using AgentSoar.ConnectorHost.Configuration;

namespace AgentSoar.ConnectorHost.Execution.Resilience;

/// <summary>
/// The timeout, attempts and retry delays of one action, after the host's settings have been overridden by the
/// connector's and then the action's. A command's own timeout and attempts still apply, within the caps.
/// </summary>
/// <param name="Timeout">The attempt timeout when the command gives none.</param>
/// <param name="TimeoutCap">The longest attempt timeout a command may ask for: the configured timeout of the action or connector, else the host's <c>MaxTimeout</c>.</param>
/// <param name="MaxAttempts">The attempts when the command gives none.</param>
/// <param name="MaxAttemptsCap">The most attempts a command may ask for: the configured attempts of the action or connector, else the host's <c>MaxAttemptsLimit</c>.</param>
/// <param name="RetryBaseDelay">The first delay between attempts (exponential, with jitter).</param>
/// <param name="RetryMaxDelay">The longest delay between attempts, a far side's <c>Retry-After</c> included.</param>
internal sealed record ActionResilience(
    TimeSpan Timeout,
    TimeSpan TimeoutCap,
    int MaxAttempts,
    int MaxAttemptsCap,
    TimeSpan RetryBaseDelay,
    TimeSpan RetryMaxDelay)
{
    public static ActionResilience FromHost(ConnectorHostOptions host) =>
        new(host.DefaultTimeout, host.MaxTimeout, host.DefaultMaxAttempts, host.MaxAttemptsLimit, host.RetryBaseDelay, host.RetryMaxDelay);

    /// <summary>
    /// The command's timeout, cut to the cap (an operator who set a timeout for a slow far system knows better than a
    /// playbook written for any); this action's default when the command gives none.
    /// </summary>
    public TimeSpan AttemptTimeout(TimeSpan requested) =>
        requested <= TimeSpan.Zero ? Timeout : requested < TimeoutCap ? requested : TimeoutCap;

    /// <summary>
    /// The command's attempts, cut to the cap: a sender that asks for one attempt (the playbook engine, which
    /// retries by itself) gets one. This action's default when the command gives none.
    /// </summary>
    public int Attempts(int requested) => requested <= 0 ? MaxAttempts : Math.Min(requested, MaxAttemptsCap);
}
