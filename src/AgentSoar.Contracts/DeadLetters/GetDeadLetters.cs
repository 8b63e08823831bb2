namespace AgentSoar.Contracts.DeadLetters;

/// <summary>Request: the newest dead letters, without their bodies. Answered with <see cref="DeadLetterList"/>.</summary>
public sealed record GetDeadLetters(int Limit);

/// <summary>Dead letters, newest first.</summary>
public sealed record DeadLetterList(IReadOnlyList<DeadLetterView> DeadLetters);
