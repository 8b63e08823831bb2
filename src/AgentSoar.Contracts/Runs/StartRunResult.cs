namespace AgentSoar.Contracts.Runs;

/// <summary>Answer to <see cref="StartRun"/>: the run id, or the reason it was refused (then <see cref="Error"/> is set).</summary>
public sealed record StartRunResult(Guid? RunId, string? Error, int StatusCode);
