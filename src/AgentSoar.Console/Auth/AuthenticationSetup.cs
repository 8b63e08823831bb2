using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgentSoar.Console.Auth;

/// <summary>
/// Two ways in, never mixed: the REST API (<c>/api</c>) takes API keys only, so a browser's cookie can't be ridden
/// into it by another site; the console's pages and hub take the login cookie only (HttpOnly, SameSite=Strict),
/// and its forms carry antiforgery tokens.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The scheme that picks API key or cookie by path.</summary>
    public const string Scheme = "AgentSoar";

    public const string CookieName = "agentsoar";

    public static IServiceCollection AddAgentSoarAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key for /api, login cookie elsewhere", o =>
                o.ForwardDefaultSelector = http => IsApi(http.Request) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.ReturnUrlParameter = "returnUrl";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "agentsoar-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
