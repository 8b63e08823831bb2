namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="AuditList"/>. Verifying reads the whole chain: ask for it when it is wanted, not on every poll.</summary>
public sealed record GetAudit(Guid? IncidentId, Guid? RunId, long AfterSequence, int Limit, bool VerifyChain)
{
    /// <summary>Only entries by this actor (exact, ignoring case); null for all.</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries of this kind (<c>incident_assigned</c>, <c>approval_decided</c>...); null for all.</summary>
    public string? Kind { get; init; }
}
