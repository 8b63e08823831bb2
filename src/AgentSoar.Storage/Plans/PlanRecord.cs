namespace AgentSoar.Storage;

/// <summary>A planner decision for an alert; <paramref name="DecisionJson"/> holds candidates and rationale.</summary>
public sealed record PlanRecord(
    Guid Id,
    Guid IncidentId,
    Guid AlertId,
    string PlannerKind,
    string DecisionJson,
    DateTimeOffset CreatedAt)
{
    /// <summary>For a proposed plan, what a person did with it (run or dismissed, by whom, when); null until then.</summary>
    public string? OutcomeJson { get; init; }
}
