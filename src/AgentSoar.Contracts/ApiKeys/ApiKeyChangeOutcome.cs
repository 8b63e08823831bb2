namespace AgentSoar.Contracts.ApiKeys;

/// <summary>What became of a request to make or revoke an API key.</summary>
public enum ApiKeyChangeOutcome
{
    /// <summary>Made or revoked, and audited.</summary>
    Changed,

    /// <summary>Revoked already; nothing was written.</summary>
    Unchanged,

    /// <summary>Malformed: a bad name, an unknown role, a hash that is not 64 hex digits, a limit below 1.</summary>
    Invalid,

    /// <summary>No key has that id.</summary>
    NotFound,

    /// <summary>The name is taken.</summary>
    Conflict,
}
