namespace AgentSoar.Intake.Sigma;

/// <summary>Sigma rule levels as OCSF severity ids: informational 1, low 2, medium 3, high 4, critical 5.</summary>
internal static class SigmaLevel
{
    public static bool TryToSeverity(string level, out int severityId)
    {
        severityId = level.Trim().ToLowerInvariant() switch
        {
            "informational" => 1,
            "low" => 2,
            "medium" => 3,
            "high" => 4,
            "critical" => 5,
            _ => 0,
        };
        return severityId > 0;
    }
}
