using System.Diagnostics;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Planning;
using MassTransit;

namespace AgentSoar.Planner;

/// <summary>The brain's one job on the bus: an incident's alert in, ranked playbook candidates out.</summary>
public sealed class PlanRequestedConsumer(IPlanner planner, PlaybookCatalogSource playbooks, TimeProvider clock, ILogger<PlanRequestedConsumer> logger) : IConsumer<PlanRequested>
{
    public async Task Consume(ConsumeContext<PlanRequested> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var started = Stopwatch.GetTimestamp();
        var finding = JsonNode.Parse(request.Finding.GetRawText()) ?? new JsonObject();
        var result = await planner.PlanAsync(new PlanningRequest(request.IncidentId, finding, playbooks.Catalog), context.CancellationToken);
        if (result.Fallback)
        {
            // Operators need to see a model that keeps failing; the reason names a status or a failure kind, never a body or a key.
            logger.LogWarning("Incident {IncidentId}: the {Kind} planner fell back to the rules planner: {Reason}", request.IncidentId, planner.Kind, result.FallbackReason);
        }

        await context.Publish(new PlanProposed(
            request.IncidentId,
            request.AlertId,
            planner.Kind,
            result.Model,
            result.Candidates,
            Stopwatch.GetElapsedTime(started),
            clock.GetUtcNow())
        {
            AnsweredBy = result.AnsweredBy ?? planner.Kind,
            PromptVersion = result.PromptVersion,
            InputTokens = result.InputTokens,
            OutputTokens = result.OutputTokens,
            ModelLatency = result.ModelLatency,
            Fallback = result.Fallback,
            FallbackReason = result.FallbackReason,
            Dropped = result.Dropped,
        });
    }
}
