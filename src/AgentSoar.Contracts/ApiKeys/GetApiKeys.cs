namespace AgentSoar.Contracts.ApiKeys;

/// <summary>Request from an admin: the stored keys, revoked ones included, by name. Answered with <see cref="ApiKeyList"/>.</summary>
public sealed record GetApiKeys(int Limit = 1000);

public sealed record ApiKeyList(IReadOnlyList<ApiKeySummary> Keys);
