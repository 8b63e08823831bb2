namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="AuditList"/>. Verifying reads the whole chain: ask for it when it is wanted, not on every poll.</summary>
public sealed record GetAudit(Guid? IncidentId, Guid? RunId, long AfterSequence, int Limit, bool VerifyChain);
