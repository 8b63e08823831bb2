using System.ComponentModel;

namespace AgentSoar.Connectors.Intel;

/// <summary>What one source said.</summary>
internal sealed record SourceVerdict(
    [Description("The source's configured name.")] string Name,
    Verdict Verdict,
    [Description("0 to 100.")] int Score,
    [Description("What matched: a STIX indicator, a line of a list, a row of a CSV file, a service's answer.")] string? Detail);
