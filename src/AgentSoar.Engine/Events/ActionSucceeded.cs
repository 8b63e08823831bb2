using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Events;

public sealed record ActionSucceeded(DateTimeOffset At, Guid ExecutionId, string StepId, JsonNode? Output, bool Simulated, int Attempts) : RunEvent(At);
