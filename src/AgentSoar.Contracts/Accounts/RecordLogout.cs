namespace AgentSoar.Contracts.Accounts;

/// <summary>Request from the Console when someone signs out, for the audit trail. Answered with <see cref="LogoutRecorded"/>.</summary>
public sealed record RecordLogout(string UserName, string? RemoteAddress);

/// <summary>The sign-out is in the audit trail.</summary>
public sealed record LogoutRecorded;
