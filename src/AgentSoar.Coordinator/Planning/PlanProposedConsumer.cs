using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Planning;

/// <summary>
/// Records the planner's proposal and acts on it: the best candidate that names a loaded playbook
/// and whose inputs resolve starts by itself when its confidence reaches the configured threshold;
/// otherwise the plan waits for a person. The plan, with every candidate and why it was taken or
/// not, goes in the trail, in the same transaction as the run it starts.
/// </summary>
public sealed class PlanProposedConsumer(
    ICoordinatorStore store,
    OutboxDispatcher dispatcher,
    PlaybookRegistry playbooks,
    RunCoordinator runs,
    IOptions<CoordinatorOptions> options,
    TimeProvider clock) : IConsumer<PlanProposed>
{
    public async Task Consume(ConsumeContext<PlanProposed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var planId = DeterministicGuid.Create(plan.AlertId, "plan");

        var incident = await store.GetIncidentAsync(plan.IncidentId, ct);
        var alert = await store.GetAlertAsync(plan.AlertId, ct);
        if (incident is null || alert is null)
        {
            throw new InvalidOperationException($"plan for unknown incident {plan.IncidentId} or alert {plan.AlertId}");
        }

        var finding = JsonNode.Parse(alert.FindingJson);
        var incidentJson = new JsonObject { ["id"] = incident.Id.ToString(), ["title"] = incident.Title, ["severity_id"] = incident.SeverityId };
        var review = PlanReview.Review(plan, playbooks, finding, incidentJson, AutoStartPolicy.From(options.Value));

        if (review.Chosen is not null)
        {
            await runs.WaitForCatalogAsync(ct);
        }

        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryMarkProcessedAsync("plan", planId, now, ct))
        {
            return;
        }

        await tx.Store.InsertPlanAsync(new PlanRecord(planId, plan.IncidentId, plan.AlertId, plan.PlannerKind, review.Decision.ToJsonString(), now), ct);
        tx.Audit($"planner:{plan.PlannerKind}", "plan_recorded", plan.IncidentId, null, null, review.Decision);
        if (review.Chosen is { } chosen)
        {
            var runId = DeterministicGuid.Create(planId, "run");
            await runs.StartInAsync(tx, chosen.Playbook, runId, plan.IncidentId, finding, incidentJson, chosen.Inputs, $"planner:{plan.PlannerKind}", chosen.Why, ct);
        }

        await tx.CommitAsync(ct);
    }
}
