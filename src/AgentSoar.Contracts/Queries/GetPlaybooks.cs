namespace AgentSoar.Contracts.Queries;

/// <summary>Query: the playbooks in service. Answered with <see cref="PlaybookList"/>.</summary>
public sealed record GetPlaybooks;
