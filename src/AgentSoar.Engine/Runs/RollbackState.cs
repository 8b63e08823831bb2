using System.Collections.Immutable;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// A rollback of a finished run: the undo actions to run, newest first, and the actions that cannot be undone
/// (no undo declared, or only simulated), so the trail says what was and was not put back.
/// </summary>
public sealed record RollbackState(string RequestedBy, string? Reason, DateTimeOffset RequestedAt, RunStatus Before)
{
    /// <summary>Prefixed to an action's instance id to name its undo: ':' never appears in a step id.</summary>
    public const string StepPrefix = "rollback:";

    public ImmutableList<UndoStep> Plan { get; init; } = [];

    /// <summary>Actions the run did that this rollback leaves as they are, each with why.</summary>
    public ImmutableList<string> NotUndone { get; init; } = [];
}
