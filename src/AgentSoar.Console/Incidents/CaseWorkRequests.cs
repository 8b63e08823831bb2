namespace AgentSoar.Console.Incidents;

/// <summary>The body of <c>POST /api/v1/incidents/{id}/comments</c>.</summary>
public sealed record CommentRequest(string? Text);

/// <summary>The body of <c>POST /api/v1/incidents/{id}/tags</c>: tags to add and to remove.</summary>
public sealed record TagsRequest(IReadOnlyList<string>? Add, IReadOnlyList<string>? Remove);

/// <summary>The body of <c>PUT /api/v1/incidents/{id}/assignee</c>; a null assignee unassigns.</summary>
public sealed record AssignRequest(string? Assignee);

/// <summary>The body of <c>POST /api/v1/incidents/{id}/close</c>.</summary>
public sealed record CloseRequest(string? Resolution, string? Reason);

/// <summary>The body of <c>POST /api/v1/incidents/{id}/reopen</c>.</summary>
public sealed record ReopenRequest(string? Reason);
