namespace AgentSoar.Contracts.DeadLetters;

/// <summary>Request: one dead letter with its body. Answered with <see cref="DeadLetterDetails"/>.</summary>
public sealed record GetDeadLetter(Guid Id);

/// <summary>The dead letter, or null when there is none with that id.</summary>
public sealed record DeadLetterDetails(DeadLetterView? DeadLetter);
