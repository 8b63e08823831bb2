using System.Text.Json.Nodes;
using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Runs;

/// <summary>A person asks for a playbook on an incident. Unknown incident or playbook, or inputs that don't fit: refused, nothing stored.</summary>
public sealed class StartRunConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, PlaybookRegistry playbooks, RunCoordinator runs, TimeProvider clock)
    : IConsumer<StartRun>
{
    public async Task Consume(ConsumeContext<StartRun> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The run id derives from the request, so a redelivered request finds its run instead of starting a second one.
        var runId = DeterministicGuid.Create(context.RequestId ?? context.MessageId ?? Guid.NewGuid(), "run");
        await context.RespondAsync(await StartAsync(context.Message, runId, context.CancellationToken));
    }

    private async Task<StartRunResult> StartAsync(StartRun request, Guid runId, CancellationToken ct)
    {
        var playbook = playbooks.Find(request.PlaybookId);
        if (playbook is null)
        {
            return new StartRunResult(null, $"no playbook '{request.PlaybookId}' is loaded", 404);
        }

        var incident = await store.GetIncidentAsync(request.IncidentId, ct);
        if (incident is null)
        {
            return new StartRunResult(null, $"no incident with id {request.IncidentId}", 404);
        }

        var alerts = await store.ListAlertsAsync(incident.Id, ct);
        var finding = alerts.Count > 0 ? JsonNode.Parse(alerts[^1].FindingJson) : null;
        var incidentJson = new JsonObject { ["id"] = incident.Id.ToString(), ["title"] = incident.Title, ["severity_id"] = incident.SeverityId };
        var given = request.Inputs is { } inputs ? JsonNode.Parse(inputs.GetRawText()) as JsonObject : null;
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

        await runs.StartInAsync(tx, playbook, runId, incident.Id, finding, incidentJson, resolution.Inputs, request.RequestedBy, $"requested by {request.RequestedBy}", ct);
        await tx.CommitAsync(ct);
        return new StartRunResult(runId, null, 201);
    }
}
