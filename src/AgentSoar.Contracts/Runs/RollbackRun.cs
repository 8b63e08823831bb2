namespace AgentSoar.Contracts.Runs;

/// <summary>Request from the console to roll back a finished run; answered with <see cref="RollbackRunResult"/>.</summary>
public sealed record RollbackRun(Guid RunId, string RequestedBy, string? Reason);
