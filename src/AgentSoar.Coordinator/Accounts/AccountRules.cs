using AgentSoar.Contracts.Accounts;

namespace AgentSoar.Coordinator.Accounts;

/// <summary>What an account's name, display name, roles and password hash may be.</summary>
internal static class AccountRules
{
    public const int MaxUserName = 64;

    /// <summary>Why the request can't make an account, or null when it can.</summary>
    public static string? Problem(CreateUser request) =>
        request.UserName.Length is 0 or > MaxUserName || !request.UserName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
            ? $"a user name is 1 to {MaxUserName} letters, digits and . _ - @"
        : ReservedNames.IsReserved(request.UserName)
            ? $"'{request.UserName}' is reserved for the system's own entries"
        : request.DisplayName.Length is 0 or > 100 || request.DisplayName.Any(char.IsControl)
            ? "a display name is 1 to 100 printable characters"
        : RolesProblem(request.Roles) ?? HashProblem(request.PasswordHash);

    public static string? RolesProblem(IReadOnlyList<string> roles) =>
        roles.Count == 0 || roles.Any(r => !AccountRoles.All.Contains(r, StringComparer.Ordinal))
            ? $"give one or more roles of {string.Join(", ", AccountRoles.All)}"
            : null;

    public static string? HashProblem(string passwordHash) =>
        !passwordHash.StartsWith("AQAAAA", StringComparison.Ordinal)
            ? "the password must arrive hashed by the ASP.NET Core password hasher (v3), never in clear"
            : null;
}
