namespace AgentSoar.Console.Approvals;

/// <summary>The body of <c>POST /api/v1/approvals/{id}/decision</c>.</summary>
public sealed record DecisionRequest(string? Decision, string? Reason, string? ActionHash);
