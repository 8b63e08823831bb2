namespace AgentSoar.Contracts.Queries;

/// <summary>Audit entries in sequence order, and, when asked, whether the whole hash chain verified.</summary>
public sealed record AuditList(IReadOnlyList<AuditEntryView> Entries, bool? ChainValid, string? ChainProblem)
{
    /// <summary>When verified: how many entries were found intact before the check ended.</summary>
    public long? ChainEntriesChecked { get; init; }

    /// <summary>When verified and broken: the first sequence missing, altered or out of place.</summary>
    public long? ChainBrokenAt { get; init; }
}
