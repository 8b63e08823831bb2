using AgentSoar.Contracts.Queries;
using AgentSoar.Hosting.Bus;
using AgentSoar.Planning;
using AgentSoar.Planning.Chat;
using AgentSoar.Planning.Llm;
using AgentSoar.Planning.Llm.OpenAI;
using AgentSoar.Planning.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentSoar.Planner;

public static class PlannerHostExtensions
{
    /// <summary>
    /// The brain, answering <c>PlanRequested</c> over the playbook folder: the rules planner, or with
    /// <c>AgentSoar:Planner:Kind = llm</c> the LLM planner at <c>AgentSoar:Planner:Llm</c> with the rules planner as
    /// its fallback. The health check <c>planner</c> says which.
    /// </summary>
    public static IHostApplicationBuilder AddAgentSoarPlanner(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PlannerOptions>()
            .Bind(builder.Configuration.GetSection(PlannerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PlaybookCatalogSource>();
        builder.Services.AddSingleton<RulesPlanner>();
        if (KindOf(builder.Configuration) == PlannerKind.Llm)
        {
            builder.Services.AddOptions<LlmPlannerOptions>()
                .Bind(builder.Configuration.GetSection(LlmPlannerOptions.Section))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            builder.Services.AddSingleton<IChatClient>(sp => OpenAIChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmPlannerOptions>>().Value));
            builder.Services.AddSingleton<IChatTranslator>(sp => new LlmChatTranslator(
                sp.GetRequiredService<IChatClient>(),
                sp.GetRequiredService<IOptions<LlmPlannerOptions>>().Value,
                sp.GetRequiredService<TimeProvider>()));
            builder.Services.AddSingleton<IPlanner>(sp => new LlmPlanner(
                sp.GetRequiredService<IChatClient>(),
                sp.GetRequiredService<IOptions<LlmPlannerOptions>>().Value,
                sp.GetRequiredService<RulesPlanner>(),
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.AddSingleton<IPlanner>(sp => sp.GetRequiredService<RulesPlanner>());
        }

        builder.Services.AddHealthChecks().AddCheck<PlannerHealthCheck>("planner");
        builder.Services.AddSingleton<ConnectorCatalogView>();
        builder.Services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddConsumer<PlanRequestedConsumer>();
            bus.AddConsumer<ChatRequestedConsumer>();
            bus.AddRequestClient<GetIncident>();

            // Every planner replica must learn every catalog: a temporary endpoint of its own, not a shared queue.
            bus.AddConsumer<PlannerCatalogConsumer>().Endpoint(endpoint =>
            {
                endpoint.Temporary = true;
                endpoint.InstanceId = $"planner-{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();
            });
        });
        return builder;
    }

    /// <summary>Read before the container is built, since it decides what is registered; a bad value stops the start with its path.</summary>
    private static PlannerKind KindOf(IConfiguration configuration)
    {
        var text = configuration[$"{PlannerOptions.Section}:Kind"];
        return string.IsNullOrWhiteSpace(text) ? PlannerKind.Rules
            : Enum.TryParse<PlannerKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind
            : throw new InvalidOperationException($"AgentSoar:Planner:Kind: '{text}' is not a planner; use rules or llm.");
    }
}
