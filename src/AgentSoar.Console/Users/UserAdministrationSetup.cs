using AgentSoar.Console.Account;
using AgentSoar.Console.Admin;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Hosting.Bus;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgentSoar.Console.Users;

public static class UserAdministrationSetup
{
    /// <summary>
    /// Account administration: the admin policy, the requests it sends the Coordinator, and the check of every login
    /// cookie against its account (so disabling an account or resetting its password ends its sessions).
    /// </summary>
    public static IServiceCollection AddAgentSoarUserAdministration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<AccountStateCache>();
        services.AddSingleton<AccountCookieEvents>();
        services.AddSingleton<UserAdministration>();
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => o.EventsType = typeof(AccountCookieEvents));
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanAdminister, p => p.RequireRole(Roles.Admin))
            .AddPolicy(ConsoleAdminPolicy.Name, p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(Roles.Admin));
        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddRequestClient<GetUsers>();
            bus.AddRequestClient<ChangeUserRoles>();
            bus.AddRequestClient<SetUserDisabled>();
            bus.AddRequestClient<ResetUserPassword>();
            bus.AddRequestClient<RecordLogout>();
        });
        return services;
    }
}
