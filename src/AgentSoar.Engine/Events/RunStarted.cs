namespace AgentSoar.Engine.Events;

/// <summary>The run was created; the engine takes its first steps.</summary>
public sealed record RunStarted(DateTimeOffset At) : RunEvent(At);
