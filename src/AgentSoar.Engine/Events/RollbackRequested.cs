namespace AgentSoar.Engine.Events;

/// <summary>A person asks to roll back a finished run: undo what its actions did, newest first, each through the approval gate.</summary>
public sealed record RollbackRequested(DateTimeOffset At, string RequestedBy, string? Reason) : RunEvent(At);
