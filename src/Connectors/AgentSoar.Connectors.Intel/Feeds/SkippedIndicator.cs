namespace AgentSoar.Connectors.Intel;

/// <summary>An indicator, row or line a feed holds that the connector did not index, and why.</summary>
/// <param name="Where">The STIX indicator id, or the line number.</param>
/// <param name="Reason">Why it was skipped (an unsupported pattern, an unreadable value, revoked...).</param>
public sealed record SkippedIndicator(string Where, string Reason);
