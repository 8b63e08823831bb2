namespace AgentSoar.Contracts.Actions;

/// <summary>Why an action failed; the host retries only <see cref="Transient"/> and <see cref="Timeout"/>.</summary>
public enum ActionErrorKind
{
    Transient,
    Permanent,
    InvalidInput,
    NotFound,
    Unauthorized,
    Timeout,
    UnknownAction,

    /// <summary>
    /// Not run: the command was redelivered after a host stopped while running it, and the action is not
    /// idempotent, so it may already have taken effect. The Coordinator asks a person instead of repeating it.
    /// </summary>
    Uncertain,
}
