namespace AgentSoar.Console.Runs;

/// <summary>The body of <c>POST /api/v1/runs/{id}/rollback</c>: why, for the audit trail.</summary>
public sealed record RollbackRequest(string? Reason);
