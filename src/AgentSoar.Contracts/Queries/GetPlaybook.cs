namespace AgentSoar.Contracts.Queries;

/// <summary>Query: one playbook in service with its source, problems, versions and recent runs. Answered with <see cref="PlaybookDetails"/>.</summary>
public sealed record GetPlaybook(string PlaybookId);
