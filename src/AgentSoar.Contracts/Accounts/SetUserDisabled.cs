namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request: disable an account (it can no longer sign in, and its sessions end) or enable it again (which also lifts a
/// lockout). Nobody disables themselves, nor the last enabled admin. Answered with <see cref="AccountChangeResult"/>.
/// </summary>
public sealed record SetUserDisabled(string UserName, bool Disabled, string ChangedBy);
