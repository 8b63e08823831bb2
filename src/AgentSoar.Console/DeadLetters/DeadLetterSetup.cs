using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Hosting.Bus;

namespace AgentSoar.Console.DeadLetters;

public static class DeadLetterSetup
{
    /// <summary>What the dead-letter endpoints ask the Coordinator.</summary>
    public static IServiceCollection AddAgentSoarDeadLetterClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddRequestClient<GetDeadLetters>();
            bus.AddRequestClient<GetDeadLetter>();
            bus.AddRequestClient<ReplayDeadLetter>();
        });
        return services;
    }
}
