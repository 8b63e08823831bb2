namespace AgentSoar.Contracts.Planning;

/// <summary>The planner's answer: candidates ranked best first (possibly none).</summary>
public sealed record PlanProposed(
    Guid IncidentId,
    Guid AlertId,
    string PlannerKind,
    string? Model,
    IReadOnlyList<PlanCandidate> Candidates,
    TimeSpan Latency,
    DateTimeOffset ProposedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => null;

    string? ICorrelated.StepId => null;
}
