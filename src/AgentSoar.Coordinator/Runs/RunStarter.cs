using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Queries.Catalog;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Runs;

/// <summary>
/// Starts a playbook a person asked for (by hand, from chat, or by running a proposed plan): the incident must exist
/// and the inputs fit, or nothing is stored; a redelivered request finds its run instead of starting a second one.
/// </summary>
public sealed class RunStarter(ICoordinatorStore store, OutboxDispatcher dispatcher, ConnectorCatalogCache connectors, RunCoordinator runs, TimeProvider clock)
{
    /// <param name="playbook">What to run.</param>
    /// <param name="incidentId">On which incident.</param>
    /// <param name="inputs">The inputs given; the rest are resolved from the alert as the playbook says.</param>
    /// <param name="requestedBy">Who asked.</param>
    /// <param name="reason">Why, for the audit trail.</param>
    /// <param name="runId">The run's id, derived from the request.</param>
    /// <param name="claim">
    /// Runs in the start's transaction before the run is made; a refusal it returns (say, the plan was already decided)
    /// is answered with 409 and nothing is stored.
    /// </param>
    /// <param name="alertId">
    /// The alert the run is about (a plan's own alert); null: the incident's latest. A proposal is run on the alert it
    /// was made for, not on one that joined the incident since.
    /// </param>
    /// <param name="ct">Cancels.</param>
    public async Task<StartRunResult> StartAsync(
        Playbook playbook, Guid incidentId, JsonElement? inputs, string requestedBy, string reason, Guid runId,
        Func<CoordinatorTransaction, Task<string?>>? claim, Guid? alertId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var incident = await store.GetIncidentAsync(incidentId, ct);
        if (incident is null)
        {
            return new StartRunResult(null, $"no incident with id {incidentId}", 404);
        }

        var alerts = await store.ListAlertsAsync(incident.Id, ct);
        var alert = alerts.FirstOrDefault(a => a.Id == alertId) ?? (alerts.Count > 0 ? alerts[^1] : null);
        var finding = alert is null ? null : JsonNode.Parse(alert.FindingJson);
        var incidentJson = new JsonObject { ["id"] = incident.Id.ToString(), ["title"] = incident.Title, ["severity_id"] = incident.SeverityId };
        var given = inputs is { } json ? JsonNode.Parse(json.GetRawText()) as JsonObject : null;
        var resolution = InputResolver.Resolve(playbook, given, finding, incidentJson);
        if (!resolution.Succeeded)
        {
            return new StartRunResult(null, string.Join("; ", resolution.Errors), 422);
        }

        await runs.WaitForCatalogAsync(ct);
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryMarkProcessedAsync("start-run", runId, clock.GetUtcNow(), ct))
        {
            return new StartRunResult(runId, null, 201);
        }

        if (claim is not null && await claim(tx) is { } refused)
        {
            return new StartRunResult(null, refused, 409);
        }

        await runs.StartInAsync(tx, playbook, runId, incident.Id, finding, incidentJson, resolution.Inputs, requestedBy, reason, ct);
        await tx.CommitAsync(ct);
        return new StartRunResult(runId, null, 201);
    }

    /// <summary>
    /// The playbook's actions above <paramref name="max"/>, in words, or null when there are none; an action no
    /// connector host announces counts as critical (fail safe).
    /// </summary>
    public string? ActionsAbove(Playbook playbook, RiskLevel max)
    {
        var above = PlaybookViews.Risk(playbook, connectors).Actions.Where(a => (a.Risk ?? RiskLevel.Critical) > max).ToList();
        return above.Count == 0
            ? null
            : string.Join(", ", above.Select(a => $"{a.Connector}.{a.Action} ({a.Risk?.ToString().ToLowerInvariant() ?? "unknown"} risk)"));
    }

    /// <summary>The refusal for a requester limited to <paramref name="max"/> when the playbook goes above it.</summary>
    public StartRunResult? RefuseAbove(Playbook playbook, RiskLevel? max, string requestedBy) =>
        max is { } limit && ActionsAbove(playbook, limit) is { } above
            ? new StartRunResult(null, $"'{playbook.Id}' has {above}, above the {limit.ToString().ToLowerInvariant()} risk {requestedBy} may start: a responder must run it", 403)
            : null;
}
