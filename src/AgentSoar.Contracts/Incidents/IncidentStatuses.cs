namespace AgentSoar.Contracts.Incidents;

/// <summary>The states an incident is in.</summary>
public static class IncidentStatuses
{
    /// <summary>Being worked on (or waiting to be).</summary>
    public const string Open = "open";

    /// <summary>Done, with a resolution; it can be reopened.</summary>
    public const string Closed = "closed";
}
