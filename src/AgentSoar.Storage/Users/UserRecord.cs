namespace AgentSoar.Storage;

/// <summary>A local console account. <c>UserName</c> is stored lower case; <c>RolesJson</c> is a JSON array of role names.</summary>
/// <remarks><c>Version</c> is the optimistic concurrency version.</remarks>
public sealed record UserRecord(
    Guid Id,
    string UserName,
    string DisplayName,
    string PasswordHash,
    string RolesJson,
    bool Disabled,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
