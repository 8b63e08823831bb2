namespace AgentSoar.Contracts.Accounts;

/// <summary>What became of a change to an account.</summary>
public enum AccountChangeOutcome
{
    /// <summary>Made and audited.</summary>
    Changed,

    /// <summary>The account was already so; nothing was written.</summary>
    Unchanged,

    /// <summary>The request is malformed (a role that does not exist, a password not hashed).</summary>
    Invalid,

    /// <summary>No account has that name.</summary>
    NotFound,

    /// <summary>Refused as things stand: the name is taken, or the change would lock the admins out.</summary>
    Conflict,
}
