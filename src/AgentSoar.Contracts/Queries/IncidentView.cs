namespace AgentSoar.Contracts.Queries;

public sealed record IncidentView(Guid Id, string Title, int SeverityId, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
