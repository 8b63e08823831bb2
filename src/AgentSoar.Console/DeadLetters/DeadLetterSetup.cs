using AgentSoar.Console.Auth;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Hosting.Bus;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AgentSoar.Console.DeadLetters;

public static class DeadLetterSetup
{
    /// <summary>What the dead-letter endpoints and page ask the Coordinator, and who may see the page.</summary>
    public static IServiceCollection AddAgentSoarDeadLetterClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAuthorizationBuilder()
            .AddPolicy(DeadLetterConsolePolicy.Name, p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(Roles.Responder, Roles.Admin));
        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddRequestClient<GetDeadLetters>();
            bus.AddRequestClient<GetDeadLetter>();
            bus.AddRequestClient<ReplayDeadLetter>();
        });
        return services;
    }
}
