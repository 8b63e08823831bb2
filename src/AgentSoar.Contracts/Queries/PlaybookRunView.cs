namespace AgentSoar.Contracts.Queries;

/// <summary>A run of a playbook as its page lists it; the whole trace is <see cref="GetRun"/>.</summary>
public sealed record PlaybookRunView(Guid Id, Guid IncidentId, int Version, string Status, string StartedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
