using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

/// <summary>One step of a run as executed: what went in, what came out, how long it took, and why.</summary>
public sealed record StepView(
    string Id,
    string Kind,
    string Status,
    string? Connector,
    string? Action,
    JsonElement? Inputs,
    JsonElement? Output,
    string? Error,
    string? Detail,
    Guid? ApprovalId,
    int Attempts,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationMs);
