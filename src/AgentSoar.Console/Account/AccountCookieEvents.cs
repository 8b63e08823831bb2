using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgentSoar.Console.Account;

/// <summary>
/// Checks the login cookie against the account on each request (through <see cref="AccountStateCache"/>): a disabled or
/// deleted account, or one whose password was reset, is signed out; changed roles take effect without a new login.
/// When the Coordinator does not answer, the cookie stands (the pages it opens would fail anyway).
/// </summary>
public sealed class AccountCookieEvents(AccountStateCache accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity?.Name is not { Length: > 0 } name)
        {
            context.RejectPrincipal();
            return;
        }

        var account = await accounts.GetAsync(name, context.HttpContext.RequestAborted);
        if (account is null)
        {
            return;
        }

        if (!account.Found || account.Disabled || !AccountClaims.StampMatches(context.Principal, account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (!AccountClaims.RolesMatch(context.Principal, account))
        {
            context.ReplacePrincipal(AccountClaims.Principal(account));
            context.ShouldRenew = true;
        }
    }
}
