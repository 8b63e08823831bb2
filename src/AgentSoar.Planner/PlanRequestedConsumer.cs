using System.Diagnostics;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Planning;
using MassTransit;

namespace AgentSoar.Planner;

/// <summary>The brain's one job on the bus: an incident's alert in, ranked playbook candidates out.</summary>
public sealed class PlanRequestedConsumer(IPlanner planner, PlaybookCatalogSource playbooks, TimeProvider clock) : IConsumer<PlanRequested>
{
    public async Task Consume(ConsumeContext<PlanRequested> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var started = Stopwatch.GetTimestamp();
        var finding = JsonNode.Parse(request.Finding.GetRawText()) ?? new JsonObject();
        var result = await planner.PlanAsync(new PlanningRequest(request.IncidentId, finding, playbooks.Catalog), context.CancellationToken);
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
