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
    long Version)
{
    /// <summary>Who works on the incident; null when nobody does.</summary>
    public string? Assignee { get; init; }

    /// <summary>The incident's tags as a JSON array of strings.</summary>
    public string TagsJson { get; init; } = "[]";

    /// <summary>When the incident was closed; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How it was closed (true_positive, false_positive...); null while it is open.</summary>
    public string? Resolution { get; init; }

    /// <summary>How many distinct alerts it groups (duplicates not counted).</summary>
    public int AlertCount { get; init; } = 1;

    /// <summary>How many repeats of its alerts were recognised and folded in.</summary>
    public int DuplicateCount { get; init; }
}
