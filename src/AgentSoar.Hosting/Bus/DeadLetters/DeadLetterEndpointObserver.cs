using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Hosting.Bus.DeadLetters;

/// <summary>
/// Gives every receive endpoint of the bus — configured by convention or by hand — MassTransit's own error handling
/// (a fault event, then the move to <c>_error</c> with the fault headers) followed by <see cref="DeadLetterNoticeFilter"/>.
/// Setting the error pipe replaces MassTransit's default, which is why its two filters are named here again.
/// </summary>
internal sealed class DeadLetterEndpointObserver(TimeProvider clock, ILogger logger) : IEndpointConfigurationObserver
{
    public void EndpointConfigured<T>(T configurator)
        where T : IReceiveEndpointConfigurator =>
        configurator.ConfigureError(pipe =>
        {
            pipe.UseFilter(new GenerateFaultFilter());
            pipe.UseFilter(new ErrorTransportFilter());
            pipe.UseFilter(new DeadLetterNoticeFilter(clock, logger));
        });
}
