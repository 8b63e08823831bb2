namespace AgentSoar.Connectors.Intel.Stix;

/// <summary>A STIX pattern that does not parse, with the position (0-based) where it went wrong.</summary>
internal sealed class StixPatternException(string message, int position)
    : Exception($"{message} at position {position}")
{
    public int Position { get; } = position;
}
