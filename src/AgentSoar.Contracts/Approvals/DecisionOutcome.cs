namespace AgentSoar.Contracts.Approvals;

public enum DecisionOutcome
{
    /// <summary>The decision was recorded.</summary>
    Recorded,

    /// <summary>No approval with that id.</summary>
    NotFound,

    /// <summary>The approval is no longer pending (already decided or expired).</summary>
    AlreadyDecided,

    /// <summary>The decider may not decide: the proposer, someone who already approved, or without the role.</summary>
    Forbidden,

    /// <summary>The action changed since the decider saw it.</summary>
    HashMismatch,

    /// <summary>A question's answer is missing, not one of its choices, or differs from the answers already given.</summary>
    InvalidAnswer,
}
