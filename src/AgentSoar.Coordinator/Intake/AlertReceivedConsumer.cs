using System.Text.Json.Nodes;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Intake;

/// <summary>
/// Intake: records the alert, opens an incident for it, and asks the planner what to do — all in
/// one transaction. The alert id is the idempotency key, so a redelivered alert opens nothing twice.
/// (Deduplication and correlation of alerts into existing incidents build on this.)
/// </summary>
public sealed class AlertReceivedConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock) : IConsumer<AlertReceived>
{
    public async Task Consume(ConsumeContext<AlertReceived> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var alert = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();

        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryMarkProcessedAsync("intake", alert.AlertId, now, ct))
        {
            return;
        }

        var facts = FindingFacts.Of(alert.Finding);
        var incidentId = Guid.CreateVersion7(now);
        var incident = new IncidentRecord(incidentId, facts.Title, facts.SeverityId, IncidentStatuses.Open, now, now, Version: 1);
        await tx.Store.InsertIncidentAsync(incident, ct);
        await tx.Store.TryInsertAlertAsync(new AlertRecord(alert.AlertId, incidentId, alert.Source, alert.Finding.GetRawText(), alert.ReceivedAt), ct);
        await tx.AuditAsync(alert.ReceivedBy, "alert_received", incidentId, null, null, new JsonObject
        {
            ["alert_id"] = alert.AlertId.ToString(),
            ["source"] = alert.Source,
            ["finding_uid"] = facts.Uid,
            ["title"] = facts.Title,
            ["severity_id"] = facts.SeverityId,
        }, ct);
        await tx.AuditAsync("intake", "incident_opened", incidentId, null, null, new JsonObject
        {
            ["reason"] = "a new alert that matches no open incident",
            ["alert_id"] = alert.AlertId.ToString(),
        }, ct);
        await tx.EnqueueAsync(new IncidentUpdated(incidentId, incident.Title, incident.SeverityId, incident.Status, "opened", now), ct);
        await tx.EnqueueAsync(new PlanRequested(incidentId, alert.AlertId, alert.Finding, now), ct);
        await tx.CommitAsync(ct);
    }
}
