using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

public sealed record AuditEntryView(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Kind,
    Guid? IncidentId,
    Guid? RunId,
    string? StepId,
    JsonElement Data,
    string Hash);
