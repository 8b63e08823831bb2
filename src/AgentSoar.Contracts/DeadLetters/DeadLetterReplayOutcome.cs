namespace AgentSoar.Contracts.DeadLetters;

/// <summary>What became of a request to replay a dead letter.</summary>
public enum DeadLetterReplayOutcome
{
    /// <summary>Sent back to its queue, recorded and audited.</summary>
    Replayed,

    /// <summary>No dead letter has that id.</summary>
    NotFound,

    /// <summary>Replayed before; nothing was sent.</summary>
    AlreadyReplayed,

    /// <summary>It can't be replayed faithfully (unreadable, cut short, masked, of no AgentSoar type); nothing was sent.</summary>
    NotReplayable,
}
