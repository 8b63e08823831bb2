namespace AgentSoar.Contracts.Queries;

/// <summary>The playbooks in service by id, and the problems of files that put no playbook in service (refused before one of theirs ever validated).</summary>
public sealed record PlaybookList(IReadOnlyList<PlaybookSummaryView> Playbooks, IReadOnlyList<PlaybookProblemView> Refused);
