namespace AgentSoar.Contracts.Approvals;

/// <summary>An approval reached its final state: approved (quorum), rejected, or expired.</summary>
public sealed record ApprovalDecided(
    Guid ApprovalId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Status,
    string ActionHash,
    IReadOnlyList<string> DecidedBy,
    string? Reason,
    DateTimeOffset DecidedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;

    /// <summary>For a question: the answer the deciders gave.</summary>
    public string? Answer { get; init; }
}
