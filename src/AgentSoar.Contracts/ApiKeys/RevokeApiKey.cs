namespace AgentSoar.Contracts.ApiKeys;

/// <summary>Request: revoke a stored API key for good. Answered with <see cref="ApiKeyChangeResult"/>; publishes <see cref="ApiKeysChanged"/> when revoked.</summary>
public sealed record RevokeApiKey(Guid Id, string RevokedBy);
