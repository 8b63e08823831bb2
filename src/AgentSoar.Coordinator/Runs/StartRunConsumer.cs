using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Coordinator.Queries.Catalog;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// A person asks for a playbook on an incident (<see cref="StartRun"/>), or for one connector action from chat
/// (<see cref="StartActionRun"/>, run as a one-step playbook). Unknown incident, playbook or action, or inputs that
/// don't fit: refused, nothing stored.
/// </summary>
public sealed class StartRunConsumer(
    ICoordinatorStore store, OutboxDispatcher dispatcher, PlaybookRegistry playbooks, ConnectorCatalogCache connectors, RunCoordinator runs, TimeProvider clock)
    : IConsumer<StartRun>, IConsumer<StartActionRun>
{
    public async Task Consume(ConsumeContext<StartRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var playbook = playbooks.Find(request.PlaybookId);
        var tooRisky = playbook is not null && request.MaxRisk is { } max ? ActionsAbove(playbook, max) : null;
        await context.RespondAsync(playbook is null
            ? new StartRunResult(null, $"no playbook '{request.PlaybookId}' is loaded", 404)
            : tooRisky is not null
            ? new StartRunResult(null, $"'{playbook.Id}' has {tooRisky}, above the {request.MaxRisk.ToString()!.ToLowerInvariant()} risk {request.RequestedBy} may start: a responder must run it", 403)
            : await StartAsync(playbook, request.IncidentId, request.Inputs, request.RequestedBy, $"requested by {request.RequestedBy}", RunIdOf(context), context.CancellationToken));
    }

    public async Task Consume(ConsumeContext<StartActionRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        if (connectors.Find(request.Connector, request.Action) is null)
        {
            await context.RespondAsync(new StartRunResult(null, $"no connector host announces {request.Connector}.{request.Action}", 404));
            return;
        }

        var (playbook, problem) = ChatActionPlaybook.For(request.Connector, request.Action, request.Inputs);
        await context.RespondAsync(playbook is null
            ? new StartRunResult(null, problem!, 422)
            : await StartAsync(playbook, request.IncidentId, null, request.RequestedBy, $"asked in chat by {request.RequestedBy}: {request.Reason}", RunIdOf(context), context.CancellationToken));
    }

    /// <summary>The playbook's actions above <paramref name="max"/>, in words; an action no host announces counts as critical (fail safe).</summary>
    private string? ActionsAbove(Playbook playbook, RiskLevel max)
    {
        var above = PlaybookViews.Risk(playbook, connectors).Actions.Where(a => (a.Risk ?? RiskLevel.Critical) > max).ToList();
        return above.Count == 0
            ? null
            : string.Join(", ", above.Select(a => $"{a.Connector}.{a.Action} ({a.Risk?.ToString().ToLowerInvariant() ?? "unknown"} risk)"));
    }

    // The run id derives from the request, so a redelivered request finds its run instead of starting a second one.
    private static Guid RunIdOf(ConsumeContext context) => DeterministicGuid.Create(context.RequestId ?? context.MessageId ?? Guid.NewGuid(), "run");

    private async Task<StartRunResult> StartAsync(Playbook playbook, Guid incidentId, JsonElement? inputs, string requestedBy, string reason, Guid runId, CancellationToken ct)
    {
        var incident = await store.GetIncidentAsync(incidentId, ct);
        if (incident is null)
        {
            return new StartRunResult(null, $"no incident with id {incidentId}", 404);
        }

        var alerts = await store.ListAlertsAsync(incident.Id, ct);
        var finding = alerts.Count > 0 ? JsonNode.Parse(alerts[^1].FindingJson) : null;
        var incidentJson = new JsonObject { ["id"] = incident.Id.ToString(), ["title"] = incident.Title, ["severity_id"] = incident.SeverityId };
        var given = inputs is { } json ? JsonNode.Parse(json.GetRawText()) as JsonObject : null;
        var resolution = InputResolver.Resolve(playbook, given, finding, incidentJson);
        if (!resolution.Succeeded)
        {
            return new StartRunResult(null, string.Join("; ", resolution.Errors), 422);
        }

        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryMarkProcessedAsync("start-run", runId, clock.GetUtcNow(), ct))
        {
            return new StartRunResult(runId, null, 201);
        }

        await runs.StartInAsync(tx, playbook, runId, incident.Id, finding, incidentJson, resolution.Inputs, requestedBy, reason, ct);
        await tx.CommitAsync(ct);
        return new StartRunResult(runId, null, 201);
    }
}
