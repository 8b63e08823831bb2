namespace AgentSoar.Intake;

/// <summary>How an alert is read.</summary>
public enum AlertFormatKind
{
    /// <summary>Detect: OCSF when it has class_uid, Sigma when it has rule and event, else the mapping whose match fits.</summary>
    Auto,

    /// <summary>An OCSF Detection Finding, validated and passed through.</summary>
    Ocsf,

    /// <summary>A Sigma match: <c>{"rule": ..., "event": ...}</c>.</summary>
    Sigma,

    /// <summary>Through a named mapping file.</summary>
    Mapping,
}
