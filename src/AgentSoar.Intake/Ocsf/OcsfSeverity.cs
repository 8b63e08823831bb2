namespace AgentSoar.Intake.Ocsf;

/// <summary>OCSF <c>severity_id</c> values and their captions.</summary>
public static class OcsfSeverity
{
    /// <summary>The caption of a severity id (<c>Unknown</c>, <c>Informational</c> ... <c>Fatal</c>, <c>Other</c>).</summary>
    /// <param name="severityId">0-6 or 99.</param>
    /// <returns>The caption.</returns>
    public static string Caption(int severityId) => severityId switch
    {
        1 => "Informational",
        2 => "Low",
        3 => "Medium",
        4 => "High",
        5 => "Critical",
        6 => "Fatal",
        99 => "Other",
        _ => "Unknown",
    };

    /// <summary>Whether <paramref name="severityId"/> is an OCSF severity id.</summary>
    /// <param name="severityId">The id.</param>
    /// <returns>True for 0-6 and 99.</returns>
    public static bool IsValid(int severityId) => severityId is >= 0 and <= 6 or 99;

    /// <summary>The id of a severity word (<c>informational</c>/<c>info</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>, <c>fatal</c>), case-insensitive.</summary>
    /// <param name="word">The word.</param>
    /// <param name="severityId">The id.</param>
    /// <returns>Whether the word is one of them.</returns>
    public static bool TryParseWord(string? word, out int severityId)
    {
        severityId = word?.Trim().ToLowerInvariant() switch
        {
            "informational" or "info" => 1,
            "low" => 2,
            "medium" => 3,
            "high" => 4,
            "critical" => 5,
            "fatal" => 6,
            _ => -1,
        };
        return severityId >= 0;
    }
}
