using System.Text.Json.Nodes;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Intake;

/// <summary>
/// Intake: records the alert and puts it where it belongs — folded into an open incident as a repeat of one of
/// its alerts (counted, not planned again), added to an open incident it shares a host, user or IP address with,
/// or in a new incident — and asks the planner about it unless it is a repeat; all in one transaction, with the
/// reason in the audit trail. The alert id is the idempotency key, so a redelivered alert changes nothing twice.
/// </summary>
public sealed class AlertReceivedConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock, IOptions<IntakeOptions> options) : IConsumer<AlertReceived>
{
    private const int MaxConflictRetries = 10;

    public async Task Consume(ConsumeContext<AlertReceived> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var alert = context.Message;
        var ct = context.CancellationToken;
        var settings = options.Value;
        var keys = AlertKeys.Of(alert.Finding, settings);
        var facts = FindingFacts.Of(alert.Finding);

        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var now = clock.GetUtcNow();
            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            if (!await tx.Store.TryMarkProcessedAsync("intake", alert.AlertId, now, ct))
            {
                return;
            }

            // Windows are measured in reception time, so a backlog worked off after an outage groups as it would have live.
            var at = alert.ReceivedAt;
            var repeatOf = settings.DeduplicationWindow > TimeSpan.Zero
                ? await tx.Store.FindRecentAlertByFingerprintAsync(keys.Fingerprint, at - settings.DeduplicationWindow, ct)
                : null;
            var matches = repeatOf is null && settings.CorrelationWindow > TimeSpan.Zero && keys.Correlation.Count > 0
                ? await tx.Store.FindOpenIncidentsByKeysAsync(keys.Correlation, at - settings.CorrelationWindow, ct)
                : [];
            var grouping = AlertGrouping.Decide(repeatOf, matches, at);

            var incident = grouping.IncidentId is { } existing ? await store.GetIncidentAsync(existing, ct) : null;
            if (grouping.IncidentId is not null && !await JoinAsync(tx, incident, grouping, facts, now, ct))
            {
                // The incident changed (or closed) since it was read: decide again on fresh data.
                continue;
            }

            var incidentId = grouping.IncidentId ?? await OpenAsync(tx, facts, now, ct);
            await tx.Store.TryInsertAlertAsync(new AlertRecord(alert.AlertId, incidentId, alert.Source, alert.Finding.GetRawText(), alert.ReceivedAt)
            {
                Fingerprint = keys.Fingerprint,
                DuplicateOf = grouping.DuplicateOf,
            }, ct);
            if (grouping.Kind != AlertGroupingKind.Duplicate)
            {
                await tx.Store.UpsertIncidentKeysAsync(incidentId, keys.Correlation, at, ct);
            }

            Audit(tx, alert, facts, incidentId, grouping);
            if (grouping.Kind != AlertGroupingKind.Duplicate)
            {
                tx.Enqueue(new PlanRequested(incidentId, alert.AlertId, alert.Finding, now));
            }

            await tx.CommitAsync(ct);
            return;
        }

        throw new ConcurrencyConflictException($"the incidents alert {alert.AlertId} could join kept changing under {MaxConflictRetries} attempts");
    }

    private static async Task<Guid> OpenAsync(CoordinatorTransaction tx, FindingFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        var incident = new IncidentRecord(Guid.CreateVersion7(now), facts.Title, facts.SeverityId, IncidentStatuses.Open, now, now, Version: 1);
        await tx.Store.InsertIncidentAsync(incident, ct);
        tx.Enqueue(new IncidentUpdated(incident.Id, incident.Title, incident.SeverityId, incident.Status, "opened", now));
        return incident.Id;
    }

    /// <summary>Counts the alert into the incident (the highest severity wins); false when the incident moved on meanwhile.</summary>
    private static async Task<bool> JoinAsync(CoordinatorTransaction tx, IncidentRecord? incident, AlertGrouping grouping, FindingFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        if (incident is null || incident.Status != IncidentStatuses.Open)
        {
            return false;
        }

        var duplicate = grouping.Kind == AlertGroupingKind.Duplicate;
        var updated = incident with
        {
            SeverityId = duplicate ? incident.SeverityId : Math.Max(incident.SeverityId, facts.SeverityId),
            AlertCount = incident.AlertCount + (duplicate ? 0 : 1),
            DuplicateCount = incident.DuplicateCount + (duplicate ? 1 : 0),
            UpdatedAt = now,
            Version = incident.Version + 1,
        };
        if (!await tx.Store.TryUpdateIncidentAsync(updated, ct))
        {
            return false;
        }

        tx.Enqueue(new IncidentUpdated(updated.Id, updated.Title, updated.SeverityId, updated.Status, duplicate ? "duplicate_alert" : "alert_added", now));
        return true;
    }

    private static void Audit(CoordinatorTransaction tx, AlertReceived alert, FindingFacts facts, Guid incidentId, AlertGrouping grouping)
    {
        tx.Audit(alert.ReceivedBy, "alert_received", incidentId, null, null, new JsonObject
        {
            ["alert_id"] = alert.AlertId.ToString(),
            ["source"] = alert.Source,
            ["finding_uid"] = facts.Uid,
            ["title"] = facts.Title,
            ["severity_id"] = facts.SeverityId,
        });
        var (kind, data) = grouping.Kind switch
        {
            AlertGroupingKind.Duplicate => ("alert_deduplicated", new JsonObject { ["duplicate_of"] = grouping.DuplicateOf!.Value.ToString() }),
            AlertGroupingKind.Correlated => ("alert_correlated", new JsonObject
            {
                ["shared"] = new JsonArray(grouping.Shared.Select(k => (JsonNode?)new JsonObject { ["kind"] = k.Kind, ["value"] = k.Value }).ToArray()),
            }),
            _ => ("incident_opened", new JsonObject()),
        };
        data["alert_id"] = alert.AlertId.ToString();
        data["reason"] = grouping.Reason;
        tx.Audit("intake", kind, incidentId, null, null, data);
    }
}
