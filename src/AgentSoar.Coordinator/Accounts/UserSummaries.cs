using System.Text.Json;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Accounts;

/// <summary>Accounts as they leave the Coordinator for an admin: roles read, the password hash left behind.</summary>
internal static class UserSummaries
{
    public static UserSummary Of(UserRecord user) =>
        new(user.UserName, user.DisplayName, Roles(user), user.Disabled, user.LockedUntil, user.CreatedAt, user.UpdatedAt);

    public static IReadOnlyList<string> Roles(UserRecord user) => JsonSerializer.Deserialize<List<string>>(user.RolesJson) ?? [];

    public static bool IsEnabledAdmin(UserRecord user) => !user.Disabled && Roles(user).Contains(AccountRoles.Admin, StringComparer.Ordinal);
}
