namespace AgentSoar.Connectors.Intel;

/// <summary>A feed as last loaded: its index (null until a load succeeded), the files' fingerprint, and the last error.</summary>
internal sealed record FeedState(FeedIndex? Index, string Fingerprint, DateTimeOffset? LoadedAt, string? Error);
