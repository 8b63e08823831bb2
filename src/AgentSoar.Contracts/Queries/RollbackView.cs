namespace AgentSoar.Contracts.Queries;

/// <summary>A run's rollback: who asked and why, the undo steps (by step id, newest first) and the actions it leaves as they are.</summary>
public sealed record RollbackView(string RequestedBy, string? Reason, DateTimeOffset RequestedAt, IReadOnlyList<string> UndoSteps, IReadOnlyList<string> NotUndone);
