namespace AgentSoar.Contracts.Queries;

/// <summary>Audit entries in sequence order, and, when asked, whether the whole hash chain verified.</summary>
public sealed record AuditList(IReadOnlyList<AuditEntryView> Entries, bool? ChainValid, string? ChainProblem);
