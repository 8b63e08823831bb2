namespace AgentSoar.Contracts.Queries;

public sealed record IncidentView(Guid Id, string Title, int SeverityId, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Who works on it; null when nobody does.</summary>
    public string? Assignee { get; init; }

    /// <summary>Its tags, in the order they were added.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>When it was closed; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How it ended; null while open.</summary>
    public string? Resolution { get; init; }

    /// <summary>How many distinct alerts it groups.</summary>
    public int AlertCount { get; init; } = 1;

    /// <summary>How many repeats of its alerts were folded in.</summary>
    public int DuplicateCount { get; init; }

    /// <summary>The ATT&amp;CK tactics its alerts name (OCSF <c>finding_info.attacks</c>), by name, sorted.</summary>
    public IReadOnlyList<string> Tactics { get; init; } = [];
}
