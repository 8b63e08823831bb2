namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request: add an account. The password arrives hashed (by the Console or the CLI), never in clear. With
/// <see cref="OnlyIfNone"/> it is the first admin: created only while there is no account at all. Answered with
/// <see cref="UserCreated"/>.
/// </summary>
public sealed record CreateUser(string UserName, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles, string CreatedBy, bool OnlyIfNone = false);

/// <summary>Whether the account was created, and if not, why.</summary>
public sealed record UserCreated(bool Created, string Detail)
{
    /// <summary>Changed when created; Invalid for a malformed request; Conflict when the name is taken or accounts exist.</summary>
    public AccountChangeOutcome Outcome { get; init; } = Created ? AccountChangeOutcome.Changed : AccountChangeOutcome.Invalid;

    /// <summary>The new account, when created.</summary>
    public UserSummary? User { get; init; }
}
