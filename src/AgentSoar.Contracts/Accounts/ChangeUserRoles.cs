namespace AgentSoar.Contracts.Accounts;

/// <summary>
/// Request: give an account exactly these roles. Refused when an admin would take the admin role from themselves,
/// or when no enabled admin would remain. Answered with <see cref="AccountChangeResult"/>.
/// </summary>
public sealed record ChangeUserRoles(string UserName, IReadOnlyList<string> Roles, string ChangedBy);
