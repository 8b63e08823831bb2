namespace AgentSoar.Contracts.ApiKeys;

/// <summary>Event: a stored API key was made or revoked. Every Console instance reloads the keys it accepts.</summary>
public sealed record ApiKeysChanged(Guid KeyId, DateTimeOffset At);
