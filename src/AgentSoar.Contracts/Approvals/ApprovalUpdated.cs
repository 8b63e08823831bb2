namespace AgentSoar.Contracts.Approvals;

/// <summary>
/// A vote was recorded on an approval (for live views): with four eyes the first approval changes no run, yet every
/// open console must show it at once.
/// </summary>
public sealed record ApprovalUpdated(
    Guid ApprovalId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Status,
    int ApprovalsGiven,
    int ApprovalsRequired,
    DateTimeOffset At) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;
}
