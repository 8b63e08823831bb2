using System.Text.Json;

namespace AgentSoar.Contracts.Planning;

/// <summary>The Coordinator asks the planner which playbook fits an incident's new alert.</summary>
public sealed record PlanRequested(Guid IncidentId, Guid AlertId, JsonElement Finding, DateTimeOffset RequestedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => null;

    string? ICorrelated.StepId => null;
}
