namespace AgentSoar.Console.Approvals;

/// <summary>The body of <c>POST /api/v1/approvals/{id}/decision</c>.</summary>
/// <param name="Decision"><c>approve</c> or <c>reject</c>.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="ActionHash">The hash shown with the approval: what the decider saw.</param>
/// <param name="Answer">For an approval step's question: the answer (for yes/no, approve is yes and reject is no).</param>
public sealed record DecisionRequest(string? Decision, string? Reason, string? ActionHash, string? Answer = null);
