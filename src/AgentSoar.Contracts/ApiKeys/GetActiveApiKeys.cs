namespace AgentSoar.Contracts.ApiKeys;

/// <summary>
/// Request from a Console instance, at start, on <see cref="ApiKeysChanged"/> and now and then: the stored keys in force,
/// with their hashes, so it can accept them. Answered with <see cref="ActiveApiKeys"/>.
/// </summary>
public sealed record GetActiveApiKeys;

/// <summary>The stored keys not revoked.</summary>
public sealed record ActiveApiKeys(IReadOnlyList<ActiveApiKey> Keys);

/// <summary>What a Console needs to accept a stored key: its hash (lowercase hex SHA-256), who it is and its limits.</summary>
public sealed record ActiveApiKey(string Name, string KeySha256, IReadOnlyList<string> Roles, string? AlertFormat, int? AlertsPerSecond, int? AlertBurst);
