namespace AgentSoar.Storage.Tests;

/// <summary>
/// Records with plausible content. Times carry all seven fraction digits and a non-UTC offset, so a
/// store that rounds or drops the offset incorrectly fails the equality checks.
/// </summary>
internal static class TestData
{
    public static DateTimeOffset T0 { get; } = new DateTimeOffset(2025, 3, 14, 11, 26, 53, TimeSpan.FromHours(2)).AddTicks(5_897_931);

    public static DateTimeOffset At(double minutes) => T0.AddMinutes(minutes);

    public static IncidentRecord Incident(DateTimeOffset? createdAt = null, Guid? id = null)
    {
        var at = createdAt ?? T0;
        return new IncidentRecord(id ?? Guid.NewGuid(), "Beaconing from 10.0.0.5", 4, "open", at, at, 1);
    }

    public static AlertRecord Alert(Guid incidentId, DateTimeOffset? receivedAt = null, Guid? id = null) => new(
        id ?? Guid.NewGuid(), incidentId, "sigma", """{"class_uid":2004,"finding_info":{"title":"C2 beacon"}}""", receivedAt ?? T0);

    public static PlanRecord Plan(Guid incidentId, Guid alertId, DateTimeOffset? createdAt = null) => new(
        Guid.NewGuid(), incidentId, alertId, "rules", """{"candidates":[{"playbook":"block-malicious-ip","confidence":0.9}]}""", createdAt ?? T0);

    public static RunRecord Run(Guid incidentId, DateTimeOffset? createdAt = null, DateTimeOffset? wakeAt = null)
    {
        var at = createdAt ?? T0;
        return new RunRecord(
            Guid.NewGuid(), incidentId, "block-malicious-ip", 3, new string('a', 64), "running", """{"step":"enrich"}""", wakeAt, at, at, 1);
    }

    public static ApprovalRecord Approval(Guid runId, Guid incidentId, string status = "pending", DateTimeOffset? createdAt = null)
    {
        var at = createdAt ?? T0;
        return new ApprovalRecord(
            Guid.NewGuid(), runId, incidentId, "block", new string('b', 64), status, """{"action":"firewall.block_ip"}""", "[]",
            at, at.AddMinutes(15), null, 1);
    }

    public static OutboxMessage Outbox(DateTimeOffset? createdAt = null, Guid? id = null, string? destination = null) => new(
        id ?? Guid.NewGuid(), "AgentSoar.Contracts.RunStarted", """{"runId":"x"}""", destination, createdAt ?? T0, null);

    public static AuditDraft Audit(Guid? incidentId = null, Guid? runId = null, string data = """{"note":"ok"}""", DateTimeOffset? at = null) => new(
        at ?? T0, "coordinator", "run.step.started", incidentId, runId, runId is null ? null : "enrich", data);
}
