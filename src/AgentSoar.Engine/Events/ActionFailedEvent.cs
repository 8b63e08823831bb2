namespace AgentSoar.Engine.Events;

public sealed record ActionFailedEvent(DateTimeOffset At, Guid ExecutionId, string StepId, string ErrorKind, string Error, int Attempts) : RunEvent(At);
