namespace AgentSoar.Contracts.ApiKeys;

/// <summary>A stored API key as an admin sees it: never the key or its hash, only the prefix that tells it apart.</summary>
public sealed record ApiKeySummary(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Roles,
    string? AlertFormat,
    int? AlertsPerSecond,
    int? AlertBurst,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt);
