using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Planning;

/// <summary>
/// A person runs or dismisses a plan the planner only proposed. The plan records the first decision only (a double
/// click, or two people at once, start one run), in the same transaction as the run it starts; every decision is audited.
/// </summary>
public sealed class PlanDecisionConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, PlaybookRegistry playbooks, RunStarter starter, TimeProvider clock)
    : IConsumer<DecidePlan>
{
    public async Task Consume(ConsumeContext<DecidePlan> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.RespondAsync(await DecideAsync(context.Message, StartRunConsumer.RunIdOf(context), context.CancellationToken));
    }

    private async Task<PlanDecisionResult> DecideAsync(DecidePlan request, Guid runId, CancellationToken ct)
    {
        var plan = await store.GetPlanAsync(request.PlanId, ct);
        if (plan is null)
        {
            return new PlanDecisionResult(false, null, $"no plan with id {request.PlanId}", 404);
        }

        var decision = JsonNode.Parse(plan.DecisionJson) as JsonObject;
        var action = Text(decision?["action"]);
        if (action != "proposed")
        {
            return new PlanDecisionResult(false, null, $"the planner did not propose this plan to a person (it was {action ?? "recorded"})", 409);
        }

        if (plan.OutcomeJson is not null)
        {
            // A redelivered request whose run this plan already started is answered as the first time.
            return JsonNode.Parse(plan.OutcomeJson) is JsonObject done && Text(done["run_id"]) == runId.ToString()
                ? new PlanDecisionResult(true, runId, "started", 201)
                : AlreadyDecided(plan.OutcomeJson);
        }

        // The proposal is the best candidate the Coordinator did not refuse: the one it would have started.
        var proposed = (decision!["candidates"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => c["refused"] is null);
        var playbookId = Text(proposed?["playbook_id"]);
        var outcome = new JsonObject
        {
            ["action"] = request.Run ? "run" : "dismissed",
            ["by"] = request.DecidedBy,
            ["at"] = clock.GetUtcNow(),
            ["playbook_id"] = playbookId,
            ["reason"] = request.Reason,
        };
        return request.Run
            ? await RunAsync(request, plan, proposed, playbookId, outcome, runId, ct)
            : await DismissAsync(request, plan, outcome, ct);
    }

    private async Task<PlanDecisionResult> RunAsync(DecidePlan request, PlanRecord plan, JsonObject? proposed, string? playbookId, JsonObject outcome, Guid runId, CancellationToken ct)
    {
        var playbook = playbookId is null ? null : playbooks.Find(playbookId);
        if (playbook is null)
        {
            return new PlanDecisionResult(false, null, playbookId is null ? "the plan proposes no playbook that can run" : $"no playbook '{playbookId}' is loaded any more", 422);
        }

        if (starter.RefuseAbove(playbook, request.MaxRisk, request.DecidedBy) is { } refused)
        {
            return new PlanDecisionResult(false, null, refused.Error!, refused.StatusCode);
        }

        outcome["run_id"] = runId.ToString();
        var inputs = proposed!["inputs"] is JsonObject given ? JsonSerializer.SerializeToElement(given) : (JsonElement?)null;
        var started = await starter.StartAsync(
            playbook, plan.IncidentId, inputs, request.DecidedBy, $"the planner's proposal, run by {request.DecidedBy}{(request.Reason is { } why ? $": {why}" : "")}", runId,
            async tx => await tx.Store.TryDecidePlanAsync(plan.Id, outcome.ToJsonString(), ct) ? null : "someone already decided this plan",
            plan.AlertId,
            ct);
        if (started.RunId is null)
        {
            return started.StatusCode == 409 && await store.GetPlanAsync(plan.Id, ct) is { OutcomeJson: { } decided }
                ? AlreadyDecided(decided)
                : new PlanDecisionResult(false, null, started.Error!, started.StatusCode);
        }

        return new PlanDecisionResult(true, started.RunId, $"started {playbook.Id}", 201);
    }

    private async Task<PlanDecisionResult> DismissAsync(DecidePlan request, PlanRecord plan, JsonObject outcome, CancellationToken ct)
    {
        var incident = await store.GetIncidentAsync(plan.IncidentId, ct);
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryDecidePlanAsync(plan.Id, outcome.ToJsonString(), ct))
        {
            return AlreadyDecided((await store.GetPlanAsync(plan.Id, ct))?.OutcomeJson);
        }

        tx.Audit(request.DecidedBy, "plan_dismissed", plan.IncidentId, null, null, new JsonObject
        {
            ["plan_id"] = plan.Id.ToString(),
            ["playbook_id"] = outcome["playbook_id"]?.DeepClone(),
            ["reason"] = request.Reason,
        });
        if (incident is not null)
        {
            tx.Enqueue(new IncidentUpdated(incident.Id, incident.Title, incident.SeverityId, incident.Status, $"plan dismissed by {request.DecidedBy}", clock.GetUtcNow()));
        }

        await tx.CommitAsync(ct);
        return new PlanDecisionResult(true, null, "dismissed", 200);
    }

    private static PlanDecisionResult AlreadyDecided(string? outcomeJson)
    {
        var outcome = outcomeJson is null ? null : JsonNode.Parse(outcomeJson) as JsonObject;
        var what = Text(outcome?["action"]) == "run" ? "run" : "dismissed";
        return new PlanDecisionResult(false, null, $"already {what} by {Text(outcome?["by"]) ?? "someone"}", 409);
    }

    /// <summary>A string value, or null for anything else: a stored record of an unexpected shape is refused, not thrown on.</summary>
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
