namespace AgentSoar.Contracts.Queries;

/// <summary>An incident with its alerts, plans and runs; <see cref="Incident"/> is null when it does not exist.</summary>
public sealed record IncidentDetails(IncidentView? Incident, IReadOnlyList<AlertView> Alerts, IReadOnlyList<PlanView> Plans, IReadOnlyList<RunView> Runs)
{
    /// <summary>The comments, oldest first.</summary>
    public IReadOnlyList<IncidentCommentView> Comments { get; init; } = [];
}
