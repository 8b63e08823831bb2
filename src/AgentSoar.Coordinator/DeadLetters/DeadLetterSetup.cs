using AgentSoar.Hosting.Bus;

namespace AgentSoar.Coordinator.DeadLetters;

public static class DeadLetterSetup
{
    /// <summary>The dead letters: kept from every service's notices, listed, and replayed on request.</summary>
    public static IServiceCollection AddAgentSoarDeadLetters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeadLetterOptions>()
            .Bind(configuration.GetSection(DeadLetterOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddConsumer<MessageDeadLetteredConsumer>();
            bus.AddConsumer<DeadLettersConsumer>();
        });
        return services;
    }
}
