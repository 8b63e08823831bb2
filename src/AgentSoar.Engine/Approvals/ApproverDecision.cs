namespace AgentSoar.Engine.Approvals;

public sealed record ApproverDecision(string By, bool Approved, string? Reason, DateTimeOffset At);
