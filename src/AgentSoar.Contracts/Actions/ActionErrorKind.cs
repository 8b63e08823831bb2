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
}
