namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request from the Console at login: the account's password hash and state, so the password itself is checked in
/// the Console and never travels on the bus. Answered with <see cref="UserCredentials"/>.
/// </summary>
public sealed record GetUserCredentials(string UserName);

/// <summary>An account as login needs it; <see cref="Found"/> false for an unknown name.</summary>
public sealed record UserCredentials(bool Found, string? UserName, string? DisplayName, string? PasswordHash, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset? LockedUntil);
