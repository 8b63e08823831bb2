namespace AgentSoar.Connectors.Sdk;

/// <summary>The severity of a connector's log message.</summary>
public enum ActionLogLevel
{
    /// <summary>Detail for whoever debugs the connector.</summary>
    Debug,

    /// <summary>A normal step worth recording.</summary>
    Information,

    /// <summary>Something unexpected that the action worked around.</summary>
    Warning,

    /// <summary>Something that made the action fail.</summary>
    Error,
}
