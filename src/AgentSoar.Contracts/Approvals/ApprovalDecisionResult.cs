namespace AgentSoar.Contracts.Approvals;

/// <summary>The Coordinator's answer to <see cref="DecideApproval"/>.</summary>
/// <param name="Outcome">What happened to the request.</param>
/// <param name="Status">The approval's status after the decision (pending, approved, rejected, expired), when it exists.</param>
/// <param name="Detail">Why, in words a person can act on.</param>
/// <param name="ApprovalsGiven">Approvals recorded so far.</param>
/// <param name="ApprovalsRequired">Approvals the policy requires.</param>
public sealed record ApprovalDecisionResult(DecisionOutcome Outcome, string? Status, string Detail, int ApprovalsGiven, int ApprovalsRequired);
