namespace AgentSoar.Engine.Events;

/// <summary>The approval gate reached a final state for a step: approved, rejected or expired.</summary>
public sealed record ApprovalResolved(DateTimeOffset At, Guid ApprovalId, string StepId, bool Approved, string Status, IReadOnlyList<string> DecidedBy, string? Reason) : RunEvent(At)
{
    /// <summary>For an approval step's question: the answer given (for a yes/no question, approving is "yes").</summary>
    public string? Answer { get; init; }
}
