namespace AgentSoar.Contracts;

/// <summary>
/// Every bus message says which incident, run and step it belongs to, so logs and traces can be
/// followed across the tiers. Ids that do not exist yet (an alert before its incident) are null.
/// </summary>
public interface ICorrelated
{
    Guid? IncidentId { get; }

    Guid? RunId { get; }

    string? StepId { get; }
}
