namespace AgentSoar.Contracts.Queries;

public sealed record ApproverDecisionView(string By, bool Approved, string? Reason, DateTimeOffset At);
