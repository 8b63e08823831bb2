using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSoar.Hosting.Health;

public static class BusHealthExtensions
{
    /// <summary>MassTransit registers its bus checks under this tag.</summary>
    private const string MassTransitTag = "masstransit";

    /// <summary>
    /// Makes the bus checks MassTransit registers (under its tag) report a bus that is not healthy —
    /// the broker away, an endpoint not consuming — as unhealthy, so <c>/health</c> answers 503.
    /// </summary>
    public static IServiceCollection AddStrictBusHealth(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // After every Configure, MassTransit's included: its registrations are made in one.
        services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Tags.Contains(MassTransitTag)).ToList())
            {
                var factory = registration.Factory;
                options.Registrations.Remove(registration);
                options.Registrations.Add(new HealthCheckRegistration(
                    registration.Name, sp => new StrictBusHealthCheck(factory(sp)), registration.FailureStatus, registration.Tags, registration.Timeout));
            }
        });
        return services;
    }
}
