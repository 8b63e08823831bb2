namespace AgentSoar.Connectors.Testing;

/// <summary>How one check went for one connector.</summary>
/// <param name="Check">The check.</param>
/// <param name="Problems">What the connector got wrong, one line each; empty when it passed.</param>
public sealed record ConformanceResult(ConformanceCheck Check, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the connector passed the check.</summary>
    public bool Passed => Problems.Count == 0;

    /// <summary>Why it failed, one problem a line; empty when it passed.</summary>
    public string Reason => string.Join(Environment.NewLine, Problems);
}
