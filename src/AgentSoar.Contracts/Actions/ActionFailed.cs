namespace AgentSoar.Contracts.Actions;

public sealed record ActionFailed(
    Guid ExecutionId,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Connector,
    string Action,
    ActionErrorKind ErrorKind,
    string Error,
    int Attempts,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt) : ICorrelated
{
    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => RunId;

    string? ICorrelated.StepId => StepId;
}
