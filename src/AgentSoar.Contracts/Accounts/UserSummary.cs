namespace AgentSoar.Contracts.Accounts;

/// <summary>An account as an admin sees it: never its password hash.</summary>
public sealed record UserSummary(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
