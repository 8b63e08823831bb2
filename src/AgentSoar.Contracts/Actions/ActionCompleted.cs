using System.Text.Json;

namespace AgentSoar.Contracts.Actions;

public sealed record ActionCompleted(
    Guid ExecutionId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Connector,
    string Action,
    JsonElement Output,
    bool Simulated,
    int Attempts,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;
}
