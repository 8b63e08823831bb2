namespace AgentSoar.Contracts.Accounts;

/// <summary>Request: the accounts, by user name, at most <paramref name="Limit"/>. Answered with <see cref="UserList"/>.</summary>
public sealed record GetUsers(int Limit = 500);

/// <summary>The accounts, ordered by user name.</summary>
public sealed record UserList(IReadOnlyList<UserSummary> Users);
