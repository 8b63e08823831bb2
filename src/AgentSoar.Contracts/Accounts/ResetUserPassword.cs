namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request from an admin: replace an account's password. The new password arrives hashed, never in clear; the reset
/// lifts a lockout and ends the account's sessions. Answered with <see cref="AccountChangeResult"/>.
/// </summary>
public sealed record ResetUserPassword(string UserName, string PasswordHash, string ChangedBy);
