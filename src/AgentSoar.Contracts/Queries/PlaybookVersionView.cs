namespace AgentSoar.Contracts.Queries;

/// <summary>A version of a playbook (its content hash tells two edits with one version number apart), and how often recent runs ran it.</summary>
public sealed record PlaybookVersionView(int Version, string ContentHash, bool InService, int Runs, DateTimeOffset? LastRunAt);
