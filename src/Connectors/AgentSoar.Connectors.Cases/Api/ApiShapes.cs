namespace AgentSoar.Connectors.Cases;

/// <summary>The API's answer to a change: <c>{"outcome": "changed"|"unchanged", "detail": ..., "incident": {...}}</c>.</summary>
internal sealed record ApiChange(string Outcome, string Detail, ApiIncident? Incident);

/// <summary>The parts of an incident view the connector reports.</summary>
internal sealed record ApiIncident(Guid Id, string Status, string? Assignee, IReadOnlyList<string>? Tags, string? Resolution);

/// <summary>A comment as the API returns it.</summary>
internal sealed record ApiComment(Guid Id, Guid IncidentId, string Author, DateTimeOffset CreatedAt);

/// <summary>The API's <c>/me</c>.</summary>
internal sealed record ApiMe(string Name, IReadOnlyList<string> Roles);

/// <summary>An RFC 7807 problem, as the API sends for a refusal.</summary>
internal sealed record ApiProblem(string? Title, string? Detail);
