namespace AgentSoar.Contracts.Queries;

/// <summary>Query; answered with <see cref="AuditList"/>.</summary>
public sealed record GetAudit(Guid? IncidentId, Guid? RunId, long AfterSequence, int Limit);
