using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Commands;

public sealed record DispatchAction(
    Guid ExecutionId,
    string StepId,
    string Connector,
    string Action,
    JsonNode Inputs,
    string IdempotencyKey,
    TimeSpan Timeout,
    int MaxAttempts,
    DateTimeOffset NotAfter) : RunCommand;
