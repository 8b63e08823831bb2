using System.Text.Json;

namespace AgentSoar.Contracts.Actions;

/// <summary>
/// Command to a connector host (sent to the connector's own queue) to run one action. The
/// <see cref="IdempotencyKey"/> is stable across redeliveries of the same step execution.
/// </summary>
public sealed record ExecuteAction(
    Guid ExecutionId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Connector,
    string Action,
    JsonElement Inputs,
    string IdempotencyKey,
    TimeSpan Timeout,
    int MaxAttempts,
    DateTimeOffset RequestedAt) : ICorrelated
{
    /// <summary>After this moment the Coordinator has given up on the step: a host must not start the action.</summary>
    public DateTimeOffset? NotAfter { get; init; }

    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;
}
