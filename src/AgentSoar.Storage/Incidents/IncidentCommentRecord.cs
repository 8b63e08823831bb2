namespace AgentSoar.Storage;

/// <summary>A person's (or a playbook's) comment on an incident. Comments are never edited or deleted.</summary>
public sealed record IncidentCommentRecord(Guid Id, Guid IncidentId, string Author, string Body, DateTimeOffset CreatedAt);
