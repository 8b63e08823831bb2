namespace AgentSoar.Engine.Runs;

internal enum OutcomeKind
{
    /// <summary>Everything walked has finished (succeeded, skipped, or failed and handled).</summary>
    Done,

    /// <summary>Something is in flight: an action, an approval, a wait, a retry's delay.</summary>
    Blocked,

    /// <summary>A failure no step has handled yet.</summary>
    Failed,
}

/// <summary>Where a walk over steps got to; a failure carries the step that failed, for the run's reason and status.</summary>
internal readonly record struct Outcome(OutcomeKind Kind, StepState? Cause)
{
    public static Outcome Done => new(OutcomeKind.Done, null);

    public static Outcome Blocked => new(OutcomeKind.Blocked, null);

    public static Outcome Failed(StepState cause) => new(OutcomeKind.Failed, cause);
}
