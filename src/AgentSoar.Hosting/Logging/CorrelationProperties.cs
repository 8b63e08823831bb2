namespace AgentSoar.Hosting.Logging;

/// <summary>The log property names of the correlation ids, the same in every service.</summary>
public static class CorrelationProperties
{
    public const string IncidentId = "IncidentId";
    public const string RunId = "RunId";
    public const string StepId = "StepId";
}
