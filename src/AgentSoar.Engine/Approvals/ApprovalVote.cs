namespace AgentSoar.Engine.Approvals;

/// <summary>One person's decision as it arrives: who, with which roles, approve or reject, and the hash they saw.</summary>
public sealed record ApprovalVote(string By, IReadOnlyCollection<string> Roles, bool Approve, string? Reason, string? ActionHash)
{
    /// <summary>For a question: the answer given.</summary>
    public string? Answer { get; init; }
}
