using AgentSoar.Console.Account;
using Microsoft.AspNetCore.SignalR;

namespace AgentSoar.Console.Ui.Live;

/// <summary>
/// A hub connection keeps the user it was opened with, but an account can be disabled, have its password reset or its
/// roles changed while a room stays open. Before every call, the account is checked as the login cookie is on each
/// request (<see cref="AccountCookieEvents"/>): if it no longer stands as the connection knows it, every call is refused,
/// and the page, told so, reconnects with whatever the cookie now allows (or not at all).
/// </summary>
public sealed class CurrentAccountHubFilter(AccountStateCache accounts) : IHubFilter
{
    /// <summary>What the refusal says; the console's script reconnects when it reads it.</summary>
    public const string AccountChanged = "account changed";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocationContext.Context;
        if (context.User?.Identity?.Name is not { Length: > 0 } name)
        {
            throw new HubException("Not signed in.");
        }

        // Fail closed: every call acts, and an account that can't be checked does not.
        var account = await accounts.GetAsync(name, context.ConnectionAborted)
            ?? throw new HubException("The Coordinator did not answer: nothing was done; try again in a moment.");
        if ((!account.Found || account.Disabled || !AccountClaims.StampMatches(context.User, account) || !AccountClaims.RolesMatch(context.User, account)))
        {
            throw new HubException($"Your {AccountChanged} since this page connected: nothing was done. The page reconnects; try again if you still may.");
        }

        return await next(invocationContext);
    }
}
