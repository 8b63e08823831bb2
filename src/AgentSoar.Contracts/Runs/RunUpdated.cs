namespace AgentSoar.Contracts.Runs;

/// <summary>A run or one of its steps changed state (for live views).</summary>
public sealed record RunUpdated(
    Guid RunId,
    Guid IncidentId,
    string PlaybookId,
    string Status,
    string? StepId,
    string? StepStatus,
    DateTimeOffset At) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;
}
