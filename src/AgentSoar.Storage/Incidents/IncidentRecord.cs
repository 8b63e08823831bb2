namespace AgentSoar.Storage;

/// <summary>An incident as stored: a group of related alerts the Coordinator works on.</summary>
/// <remarks><c>Version</c> is the optimistic concurrency version; the first stored version is usually 1.</remarks>
public sealed record IncidentRecord(
    Guid Id,
    string Title,
    int SeverityId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
