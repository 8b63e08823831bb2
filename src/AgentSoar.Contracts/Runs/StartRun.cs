using System.Text.Json;

namespace AgentSoar.Contracts.Runs;

/// <summary>Request from the console to run a playbook on an incident; answered with <see cref="StartRunResult"/>.</summary>
public sealed record StartRun(Guid IncidentId, string PlaybookId, JsonElement? Inputs, string RequestedBy)
{
    /// <summary>
    /// The highest action risk the requester may start (an analyst: low); null for any. A playbook with an action
    /// above it, or one no connector host announces (its risk unknown), is refused with 403.
    /// </summary>
    public RiskLevel? MaxRisk { get; init; }
}
