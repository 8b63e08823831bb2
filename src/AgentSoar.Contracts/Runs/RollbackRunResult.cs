namespace AgentSoar.Contracts.Runs;

/// <summary>Answer to <see cref="RollbackRun"/>: accepted (the undo actions start, each through the gate), or why not.</summary>
public sealed record RollbackRunResult(bool Accepted, string? Error, int StatusCode);
