using AgentSoar.Coordinator.Accounts;
using AgentSoar.Coordinator.ApiKeys;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.DeadLetters;
using AgentSoar.Coordinator.Health;
using AgentSoar.Coordinator.Incidents;
using AgentSoar.Coordinator.Intake;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Planning;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Coordinator.Queries;
using AgentSoar.Coordinator.Queries.Catalog;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Hosting.Bus;
using AgentSoar.Storage;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator;

public static class CoordinatorHostExtensions
{
    /// <summary>The nervous system: intake, the run coordinator, the approval gate, the audit trail, the watchdog, and its database.</summary>
    public static IHostApplicationBuilder AddAgentSoarCoordinator(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CoordinatorOptions>()
            .Bind(builder.Configuration.GetSection(CoordinatorOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<AccountOptions>()
            .Bind(builder.Configuration.GetSection(AccountOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<IntakeOptions>()
            .Bind(builder.Configuration.GetSection(IntakeOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntakeOptions>>(new IntakeOptionsValidation());

        services.AddAgentSoarStorage(builder.Configuration);

        // Load (and report) the playbooks at start, not on the first alert.
        services.AddHostedService<LoadPlaybooksOnStart>();
        services.AddSingleton<PlaybookRegistry>();
        services.AddSingleton(sp => ApprovalPolicyFile.Load(sp.GetRequiredService<IOptions<CoordinatorOptions>>().Value.ApprovalPolicyPath));
        services.AddSingleton<ConnectorCatalogCache>();
        services.AddSingleton<IncidentTactics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<RunCommandHandler>();
        services.AddSingleton<RunCoordinator>();
        services.AddSingleton<RunStarter>();
        services.AddHostedService<CatalogRequestOnStart>();
        services.AddSingleton<OutboxSentMarker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSentMarker>());
        services.AddHostedService<OutboxSweeper>();
        services.AddHostedService<Watchdog>();
        services.AddHostedService<PlaybookReloader>();
        services.AddHealthChecks().AddCheck<CoordinatorHealthCheck>("coordinator");
        services.AddAgentSoarDeadLetters(builder.Configuration);

        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddConsumer<AlertReceivedConsumer>();
            bus.AddConsumer<AlertRejectedConsumer>();
            bus.AddConsumer<PlanProposedConsumer>();
            bus.AddConsumer<ActionCompletedConsumer>();
            bus.AddConsumer<ActionFailedConsumer>();
            bus.AddConsumer<RollbackRunConsumer>();
            bus.AddConsumer<DecideApprovalConsumer>();
            bus.AddConsumer<ApprovalDecidedConsumer>();
            bus.AddConsumer<StartRunConsumer>();
            bus.AddConsumer<PlanDecisionConsumer>();
            bus.AddConsumer<QueryConsumer>();
            bus.AddConsumer<CatalogQueryConsumer>();
            bus.AddConsumer<CaseWorkConsumer>();
            bus.AddConsumer<AccountsConsumer>();
            bus.AddConsumer<UserAdministrationConsumer>();
            bus.AddConsumer<ApiKeysConsumer>();
            // Every replica must learn every catalog: a temporary endpoint of its own, not a shared queue.
            bus.AddConsumer<ConnectorCatalogConsumer>().Endpoint(endpoint =>
            {
                endpoint.Temporary = true;
                endpoint.InstanceId = $"{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();
            });
        });
        return builder;
    }

    private sealed class LoadPlaybooksOnStart(PlaybookRegistry playbooks) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(playbooks.Catalog);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
