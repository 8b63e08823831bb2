namespace AgentSoar.Contracts.Queries;

/// <summary>A comment on an incident.</summary>
public sealed record IncidentCommentView(Guid Id, Guid IncidentId, string Author, string Text, DateTimeOffset CreatedAt);
