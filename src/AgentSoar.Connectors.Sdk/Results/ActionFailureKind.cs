namespace AgentSoar.Connectors.Sdk;

/// <summary>Why an action failed. Only <see cref="Transient"/> failures are retried by the host.</summary>
public enum ActionFailureKind
{
    /// <summary>Worth trying again later: a network error, a timeout on the far side, 429, 5xx, a lock held by someone else.</summary>
    Transient,

    /// <summary>Trying again will fail the same way: the far side refused the request for good.</summary>
    Permanent,

    /// <summary>The input passed the schema but makes no sense (an address that is not one, an unknown endpoint name).</summary>
    InvalidInput,

    /// <summary>The thing the action targets does not exist (no such host, account or ticket).</summary>
    NotFound,

    /// <summary>The connector's credentials were refused or lack the permission the action needs.</summary>
    Unauthorized,
}
