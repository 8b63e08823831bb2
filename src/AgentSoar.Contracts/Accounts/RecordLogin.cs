namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request from the Console after checking a password: counts a failure toward the lockout (or clears the count on
/// success) and records the attempt in the audit trail. Answered with <see cref="LoginRecorded"/>.
/// </summary>
/// <param name="UserName">The name tried.</param>
/// <param name="Succeeded">Whether the password was right (and the account usable).</param>
/// <param name="RemoteAddress">Where the attempt came from, for the audit trail.</param>
public sealed record RecordLogin(string UserName, bool Succeeded, string? RemoteAddress);

/// <summary>The account's lock after the attempt: locked until <see cref="LockedUntil"/>, or not locked.</summary>
public sealed record LoginRecorded(DateTimeOffset? LockedUntil);
