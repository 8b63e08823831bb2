namespace AgentSoar.Contracts.Incidents;

/// <summary>An incident was opened or changed (for live views).</summary>
public sealed record IncidentUpdated(Guid IncidentId, string Title, int SeverityId, string Status, string Change, DateTimeOffset At) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => null;

    string? ICorrelated.StepId => null;
}
