namespace AgentSoar.Engine.Events;

/// <summary>The watchdog's clock tick: every step whose deadline is at or before <see cref="RunEvent.At"/> is timed out.</summary>
public sealed record DeadlineReached(DateTimeOffset At) : RunEvent(At);
