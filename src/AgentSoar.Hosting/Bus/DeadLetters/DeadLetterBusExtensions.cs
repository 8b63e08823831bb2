using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentSoar.Hosting.Bus.DeadLetters;

public static class DeadLetterBusExtensions
{
    /// <summary>
    /// Every message this bus gives up on (after the retries, or unreadable) still goes to its <c>_error</c> queue with
    /// MassTransit's fault headers, and is also announced as a dead letter for the Coordinator to list and replay.
    /// Call before the endpoints are configured.
    /// </summary>
    public static void UseAgentSoarDeadLetters(this IBusFactoryConfigurator cfg, IBusRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(cfg);
        ArgumentNullException.ThrowIfNull(context);
        var clock = context.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = context.GetService<ILoggerFactory>()?.CreateLogger("AgentSoar.DeadLetters") ?? NullLogger.Instance;
        cfg.ConnectEndpointConfigurationObserver(new DeadLetterEndpointObserver(clock, logger));
    }
}
