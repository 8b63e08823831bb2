namespace AgentSoar.Console.ApiKeys;

/// <summary>The body of <c>POST /api/v1/api-keys</c>: the key is generated here, never chosen by the caller.</summary>
public sealed record NewApiKeyRequest(string? Name, IReadOnlyList<string>? Roles, string? AlertFormat, int? AlertsPerSecond, int? AlertBurst);

/// <summary>The answer to <c>POST /api/v1/api-keys</c>: the key, shown this once, and what is stored of it.</summary>
public sealed record CreatedApiKey(string Key, AgentSoar.Contracts.ApiKeys.ApiKeySummary ApiKey);
