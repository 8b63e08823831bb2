namespace AgentSoar.Contracts.Approvals;

/// <summary>
/// Request from the console: a person approves or rejects. When <see cref="ActionHash"/> is given
/// it must match the approval's, so a decision made on a stale screen cannot approve a changed action.
/// Answered with <see cref="ApprovalDecisionResult"/>.
/// </summary>
public sealed record DecideApproval(
    Guid ApprovalId,
    bool Approve,
    string DecidedBy,
    IReadOnlyList<string> Roles,
    string? Reason,
    string? ActionHash)
{
    /// <summary>For a question: the answer (for yes/no, approving answers yes and rejecting answers no).</summary>
    public string? Answer { get; init; }
}
