namespace AgentSoar.Contracts.Incidents;

/// <summary>How an incident can end.</summary>
public static class IncidentResolutions
{
    /// <summary>A real attack or policy breach, handled.</summary>
    public const string TruePositive = "true_positive";

    /// <summary>The detection was wrong.</summary>
    public const string FalsePositive = "false_positive";

    /// <summary>The detection was right, but the activity was allowed (a test, an admin at work).</summary>
    public const string Benign = "benign";

    /// <summary>Another incident covers it.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Something else; say what in the reason.</summary>
    public const string Other = "other";

    /// <summary>Every resolution, in the order they are offered.</summary>
    public static IReadOnlyList<string> All { get; } = [TruePositive, FalsePositive, Benign, Duplicate, Other];
}
