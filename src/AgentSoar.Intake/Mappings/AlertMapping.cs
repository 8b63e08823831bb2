namespace AgentSoar.Intake.Mappings;

/// <summary>A loaded mapping file: how alerts of one shape become OCSF Detection Findings. See the alerts reference for the language.</summary>
public sealed class AlertMapping
{
    internal AlertMapping(string name, string? description, string source)
    {
        Name = name;
        Description = description;
        Source = source;
    }

    /// <summary>The mapping's name (<c>--format mapping:NAME</c>).</summary>
    public string Name { get; }

    /// <summary>What alerts it is for.</summary>
    public string? Description { get; }

    /// <summary>Where it was loaded from (a file path, or <c>shipped:NAME.yaml</c>).</summary>
    public string Source { get; }

    internal IReadOnlyList<MatchCondition> Match { get; init; } = [];

    internal (string Name, string? VendorName) Product { get; init; }

    internal IReadOnlyList<(string Target, ValueSpec Spec)> Fields { get; init; } = [];

    internal SeverityMapping? Severity { get; init; }

    internal IReadOnlyList<AttackMapping> Attacks { get; init; } = [];

    internal IReadOnlyList<ObservableMapping> Observables { get; init; } = [];

    /// <summary>The first <c>match</c> condition that does not hold for the alert, or null when all hold.</summary>
    internal MatchCondition? FirstUnmet(System.Text.Json.Nodes.JsonNode alert) => Match.FirstOrDefault(c => !c.Holds(alert));
}
