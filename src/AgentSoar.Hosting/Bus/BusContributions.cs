using MassTransit;

namespace AgentSoar.Hosting.Bus;

/// <summary>
/// What each tier adds to the one bus of its process: consumers, and endpoints it configures by hand.
/// Tiers contribute as they register; <see cref="BusExtensions.AddAgentSoarBus"/> builds the bus once,
/// which is how all four tiers share a single in-memory bus in all-in-one mode.
/// </summary>
public sealed class BusContributions
{
    public List<Action<IBusRegistrationConfigurator>> Consumers { get; } = [];

    public List<Action<IBusRegistrationContext, IBusFactoryConfigurator>> Endpoints { get; } = [];
}
