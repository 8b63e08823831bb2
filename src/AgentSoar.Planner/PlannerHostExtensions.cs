using AgentSoar.Hosting.Bus;
using AgentSoar.Planning;
using AgentSoar.Planning.Rules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentSoar.Planner;

public static class PlannerHostExtensions
{
    /// <summary>The brain: the rules planner over the playbook folder, answering <c>PlanRequested</c>.</summary>
    public static IHostApplicationBuilder AddAgentSoarPlanner(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PlannerOptions>()
            .Bind(builder.Configuration.GetSection(PlannerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PlaybookCatalogSource>();
        builder.Services.AddSingleton<IPlanner, RulesPlanner>();
        builder.Services.AgentSoarBus().Consumers.Add(bus => bus.AddConsumer<PlanRequestedConsumer>());
        return builder;
    }
}
