namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="ApprovalList"/>. A null status lists all.</summary>
public sealed record GetApprovals(string? Status, int Limit);
