using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Engine.Approvals;

/// <summary>The gate's answer to a vote: the ticket after it, what happened, and why in plain words.</summary>
public sealed record GateResult(ApprovalTicket Ticket, DecisionOutcome Outcome, string Detail)
{
    /// <summary>True when this vote moved the ticket out of pending (the run must be told).</summary>
    public bool Resolved { get; init; }
}
