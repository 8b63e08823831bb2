namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// A failure an action reports instead of throwing. Return one of the factory results from
/// <c>ExecuteAsync</c>; it converts implicitly to <see cref="ActionResult{TOutput}"/>.
/// </summary>
/// <remarks>
/// The message reaches the playbook run, the audit trail and the analyst: say what went wrong in
/// plain words and never include a secret (the host masks the secrets it knows of, but only those).
/// </remarks>
/// <param name="Kind">Why the action failed; decides whether the host retries.</param>
/// <param name="Message">What went wrong, for a person.</param>
public sealed record ActionFailure(ActionFailureKind Kind, string Message)
{
    /// <summary>
    /// For <see cref="ActionFailureKind.Transient"/> failures: how long the far side asked to wait
    /// (a <c>Retry-After</c> header). The host waits at least this long, within its maximum delay.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A failure worth retrying, optionally after <paramref name="retryAfter"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="retryAfter">How long the far side asked to wait, when it said.</param>
    /// <returns>The failure.</returns>
    public static ActionFailure Transient(string message, TimeSpan? retryAfter = null) =>
        new(ActionFailureKind.Transient, message) { RetryAfter = retryAfter };

    /// <summary>A failure that retrying will not fix.</summary>
    /// <param name="message">What went wrong.</param>
    /// <returns>The failure.</returns>
    public static ActionFailure Permanent(string message) => new(ActionFailureKind.Permanent, message);

    /// <summary>An input that is well-formed but unusable; name the field in the message.</summary>
    /// <param name="message">Which field is wrong and why.</param>
    /// <returns>The failure.</returns>
    public static ActionFailure InvalidInput(string message) => new(ActionFailureKind.InvalidInput, message);

    /// <summary>The target of the action does not exist.</summary>
    /// <param name="message">What was not found.</param>
    /// <returns>The failure.</returns>
    public static ActionFailure NotFound(string message) => new(ActionFailureKind.NotFound, message);

    /// <summary>The credentials were refused or lack a permission.</summary>
    /// <param name="message">What was refused (never the credential itself).</param>
    /// <returns>The failure.</returns>
    public static ActionFailure Unauthorized(string message) => new(ActionFailureKind.Unauthorized, message);
}
