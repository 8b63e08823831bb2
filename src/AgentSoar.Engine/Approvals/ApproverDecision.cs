namespace AgentSoar.Engine.Approvals;

public sealed record ApproverDecision(string By, bool Approved, string? Reason, DateTimeOffset At)
{
    /// <summary>For a question: the answer this person gave.</summary>
    public string? Answer { get; init; }
}
