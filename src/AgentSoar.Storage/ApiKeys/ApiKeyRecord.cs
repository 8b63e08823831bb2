namespace AgentSoar.Storage;

/// <summary>
/// An API key made in the console: never the key, only its lowercase hex SHA-256 and a short prefix of the key for
/// recognition. <c>RolesJson</c> is a JSON array of role names; a revoked key keeps who revoked it and when.
/// </summary>
public sealed record ApiKeyRecord(
    Guid Id,
    string Name,
    string KeySha256,
    string Prefix,
    string RolesJson,
    string? AlertFormat,
    int? AlertsPerSecond,
    int? AlertBurst,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt);
