namespace AgentSoar.Connectors.Intel;

/// <summary>
/// What a source says of an indicator, written <c>unknown</c>, <c>clean</c>, <c>suspicious</c> or
/// <c>malicious</c>. The values are ordered from the mildest to the worst: combining sources keeps the
/// worst.
/// </summary>
public enum Verdict
{
    /// <summary>Nothing is known of the indicator.</summary>
    Unknown,

    /// <summary>A source vouches for the indicator (an allowlist, a reputation service's "harmless").</summary>
    Clean,

    /// <summary>Worth a look: anomalous, low confidence, or seen near something bad.</summary>
    Suspicious,

    /// <summary>Known bad.</summary>
    Malicious,
}
