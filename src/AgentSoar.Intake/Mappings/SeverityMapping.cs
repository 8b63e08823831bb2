namespace AgentSoar.Intake.Mappings;

/// <summary>
/// How the source's severity becomes an OCSF severity_id: numeric values by inclusive ranges, text by an
/// exact (case-insensitive) table, then the OCSF words themselves (low, medium, high ...), else the default.
/// </summary>
internal sealed record SeverityMapping(
    IReadOnlyList<SourcePath> From,
    IReadOnlyDictionary<string, int> Values,
    IReadOnlyList<SeverityRange> Ranges,
    int? Default);
