namespace AgentSoar.Contracts.ApiKeys;

/// <summary>The answer to a request to make or revoke an API key: the outcome, why, and the key as it is now.</summary>
public sealed record ApiKeyChangeResult(ApiKeyChangeOutcome Outcome, string Detail, ApiKeySummary? Key);
