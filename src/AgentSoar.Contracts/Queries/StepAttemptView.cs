namespace AgentSoar.Contracts.Queries;

/// <summary>One failed attempt of a step that its <c>retry</c> ran again.</summary>
public sealed record StepAttemptView(int Attempt, string? ErrorKind, string? Error, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);
