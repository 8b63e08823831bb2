using System.Text.Json;

namespace AgentSoar.Contracts.Alerts;

/// <summary>An alert accepted at the API, already checked to be an OCSF Detection Finding.</summary>
public sealed record AlertReceived(
    Guid AlertId,
    string Source,
    JsonElement Finding,
    string ReceivedBy,
    DateTimeOffset ReceivedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => null;

    Guid? ICorrelated.RunId => null;

    string? ICorrelated.StepId => null;
}
