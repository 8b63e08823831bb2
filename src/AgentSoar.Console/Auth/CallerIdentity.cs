using System.Security.Claims;

namespace AgentSoar.Console.Auth;

public static class CallerIdentity
{
    /// <summary>
    /// The authenticated caller's name (an API key's or an account's): what the Coordinator records as who did it.
    /// Only for endpoints and hub calls that require authentication, where the name is always there.
    /// </summary>
    public static string CallerName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("An authenticated caller without a name.");
    }
}
