namespace AgentSoar.Console.Ui;

/// <summary>OCSF severity ids as analysts read them.</summary>
public static class Severity
{
    public static IReadOnlyList<int> Known { get; } = [1, 2, 3, 4, 5, 6];

    public static string Name(int id) => id switch
    {
        0 => "Unknown",
        1 => "Informational",
        2 => "Low",
        3 => "Medium",
        4 => "High",
        5 => "Critical",
        6 => "Fatal",
        _ => "Other",
    };

    /// <summary>The CSS class that colours a severity badge.</summary>
    public static string Css(int id) => "sev sev-" + Name(id).ToLowerInvariant();
}
