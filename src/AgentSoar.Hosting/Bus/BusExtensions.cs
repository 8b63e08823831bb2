using AgentSoar.Hosting.Bus.DeadLetters;
using AgentSoar.Hosting.Health;
using AgentSoar.Hosting.Logging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentSoar.Hosting.Bus;

public static class BusExtensions
{
    /// <summary>The contributions of this process's tiers (created on first use).</summary>
    public static BusContributions AgentSoarBus(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.FirstOrDefault(d => d.ServiceType == typeof(BusContributions))?.ImplementationInstance is BusContributions existing)
        {
            return existing;
        }

        var created = new BusContributions();
        services.AddSingleton(created);
        return created;
    }

    /// <summary>Builds the process's bus from the tiers' contributions, on the configured transport.</summary>
    public static IHostApplicationBuilder AddAgentSoarBus(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        OptionsValidation.ThrowIfInvalid(options);
        var contributions = builder.Services.AgentSoarBus();
        builder.Services.AddStrictBusHealth();
        builder.Services.AddOptions<BusOptions>().Bind(builder.Configuration.GetSection(BusOptions.Section));
        builder.Services.AddSingleton<ReceiveEndpointGuard>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<ReceiveEndpointGuard>());
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ReceiveEndpointGuard>());
        if (options.IsRabbitMq)
        {
            builder.Services.AddHostedService<BrokerConsumerProbe>();
        }

        // "Started" means the bus is connected and its endpoints are bound: background loops and
        // start-up messages that wait for the application to start then find a working bus.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter("agentsoar", includeNamespace: false));
            foreach (var add in contributions.Consumers)
            {
                add(bus);
            }

            if (options.IsRabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, h =>
                    {
                        h.Username(options.Username);
                        h.Password(options.Password);

                        // MassTransit's default, set on purpose: a publish completes only once the broker
                        // has the message, which is what lets the API answer 202 (ADR 0013).
                        h.PublisherConfirmation = true;
                    });
                    cfg.PrefetchCount = options.PrefetchCount;
                    Configure(context, cfg, contributions, options);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.PrefetchCount = options.PrefetchCount;
                    Configure(context, cfg, contributions, options);
                });
            }
        });
        return builder;
    }

    private static void Configure<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg, BusContributions contributions, BusOptions options)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        cfg.UseAgentSoarDeadLetters(context);
        cfg.UseConsumeFilter(typeof(CorrelationLogFilter<>), context);

        // Outages of the database or broker are retried in place for minutes, other failures a few
        // times; what still fails goes to the endpoint's _error queue with the exception.
        cfg.UseAgentSoarRetry(options);
        foreach (var endpoint in contributions.Endpoints)
        {
            endpoint(context, cfg);
        }

        cfg.ConfigureEndpoints(context);
    }
}
