namespace AgentSoar.Engine.Events;

/// <summary>Something that happened to a run. Events may arrive twice (redelivery): applying one again changes nothing.</summary>
public abstract record RunEvent(DateTimeOffset At);
