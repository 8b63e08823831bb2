namespace AgentSoar.Contracts.Queries;

/// <summary><see cref="Playbook"/> is null when no playbook with that id is in service.</summary>
public sealed record PlaybookDetails(PlaybookDetailView? Playbook);
