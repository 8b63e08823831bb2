namespace AgentSoar.Contracts.DeadLetters;

/// <summary>
/// Request: put a dead letter's message back on the queue it failed on, once, as <paramref name="RequestedBy"/>.
/// Answered with <see cref="DeadLetterReplayResult"/>.
/// </summary>
public sealed record ReplayDeadLetter(Guid Id, string RequestedBy);

/// <summary>What became of a replay request, why, and the dead letter as it is now.</summary>
public sealed record DeadLetterReplayResult(DeadLetterReplayOutcome Outcome, string Detail, DeadLetterView? DeadLetter);
