using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AgentSoar.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgentSoar.Console.Account;

/// <summary>What the login cookie says of an account, and whether the account still says the same.</summary>
public static class AccountClaims
{
    public const string DisplayName = "display_name";

    /// <summary>
    /// A digest of the password hash: a password reset changes it, which ends the sessions signed in with the old
    /// password. The hash itself never goes into the cookie.
    /// </summary>
    public const string PasswordStamp = "agentsoar:password_stamp";

    public static ClaimsPrincipal Principal(UserCredentials account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName!),
            new(DisplayName, account.DisplayName ?? account.UserName!),
            new(PasswordStamp, Stamp(account.PasswordHash)),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Whether the signed-in principal still matches the account: same password, same roles.</summary>
    public static bool StampMatches(ClaimsPrincipal principal, UserCredentials account)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(account);
        return principal.FindFirstValue(PasswordStamp) is { } stamp
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stamp), Encoding.ASCII.GetBytes(Stamp(account.PasswordHash)));
    }

    public static bool RolesMatch(ClaimsPrincipal principal, UserCredentials account)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(account);
        return principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)
            .SequenceEqual(account.Roles.Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static string Stamp(string? passwordHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash ?? string.Empty)))[..16];
}
