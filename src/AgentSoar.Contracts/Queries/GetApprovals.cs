namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="ApprovalList"/>. A null status lists all, newest first.</summary>
public sealed record GetApprovals(string? Status, int Limit)
{
    /// <summary>Only this incident's approvals, oldest first (the order the console numbers them in); the status is then ignored.</summary>
    public Guid? IncidentId { get; init; }
}
