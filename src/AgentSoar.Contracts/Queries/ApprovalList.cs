namespace AgentSoar.Contracts.Queries;

public sealed record ApprovalList(IReadOnlyList<ApprovalView> Approvals);
