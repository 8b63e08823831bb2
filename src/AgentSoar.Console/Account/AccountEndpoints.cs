using System.Security.Claims;
using AgentSoar.Console.Api;
using AgentSoar.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace AgentSoar.Console.Account;

/// <summary>
/// Login and logout of console accounts. The password is checked here against the hash the Coordinator keeps, so it
/// never travels on the bus; the attempt is then recorded there (failed logins lock the account for a while, and every
/// attempt is audited, as is every sign-out). Both forms need their antiforgery token; a failure says only that the name or password is
/// wrong, or that the account is locked.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous();
        app.MapPost("/account/logout", (Delegate)LogoutAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, [FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl, CoordinatorClient coordinator, TimeProvider clock, CancellationToken ct)
    {
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password) || username.Length > 200 || password.Length > 1000)
        {
            return Results.Redirect(Failed(back, "invalid"));
        }

        var name = username.Trim().ToLowerInvariant();
        var (account, failure) = await coordinator.AskAsync<GetUserCredentials, UserCredentials>(new GetUserCredentials(name), ct);
        if (failure is not null)
        {
            return Results.Redirect(Failed(back, "unavailable"));
        }

        var remote = http.Connection.RemoteIpAddress?.ToString();
        if (account!.LockedUntil is { } lockedUntil && lockedUntil > clock.GetUtcNow())
        {
            await coordinator.AskAsync<RecordLogin, LoginRecorded>(new RecordLogin(name, false, remote), ct);
            return Results.Redirect(Failed(back, "locked"));
        }

        var verified = Passwords.Verify(name, account.Found ? account.PasswordHash : null, password) && !account.Disabled;
        var (recorded, _) = await coordinator.AskAsync<RecordLogin, LoginRecorded>(new RecordLogin(name, verified, remote), ct);
        if (!verified)
        {
            return Results.Redirect(Failed(back, recorded?.LockedUntil is not null ? "locked" : "invalid"));
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(account));
        return Results.Redirect(back);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, CoordinatorClient coordinator, CancellationToken ct)
    {
        var name = http.User.FindFirstValue(ClaimTypes.Name);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

        // Signed out whether or not the Coordinator answers; the audit trail records it when it does.
        if (name is not null)
        {
            await coordinator.AskAsync<RecordLogout, LogoutRecorded>(new RecordLogout(name, http.Connection.RemoteIpAddress?.ToString()), ct);
        }

        return Results.Redirect("/login");
    }

    /// <summary>Only a path on this site: a return URL must not send a freshly logged-in analyst elsewhere.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string Failed(string back, string reason) => $"/login?error={reason}&returnUrl={Uri.EscapeDataString(back)}";
}
