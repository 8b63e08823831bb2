namespace AgentSoar.Contracts.Queries;

/// <summary>
/// How a connector's actions ended in the most recent runs (the newest 500): its health as the runs saw it.
/// <see cref="LastStatus"/> is null when no recent run called it.
/// </summary>
public sealed record ConnectorActivityView(int Succeeded, int Failed, DateTimeOffset? LastActionAt, string? LastStatus, string? LastError);
