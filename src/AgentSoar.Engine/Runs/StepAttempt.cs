namespace AgentSoar.Engine.Runs;

/// <summary>One failed attempt of a step that was retried: kept in the trace, so a retry never hides a failure.</summary>
public sealed record StepAttempt(int Attempt, string? ErrorKind, string? Error, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    /// <summary>The execution the attempt dispatched, when it was an action that got that far: the retry sends the same inputs again.</summary>
    public Guid? ExecutionId { get; init; }
}
