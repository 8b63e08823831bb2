namespace AgentSoar.Intake.Ocsf;

/// <summary>The fixed classification of an OCSF Detection Finding, and the schema version written.</summary>
public static class DetectionFinding
{
    /// <summary><c>class_uid</c> of a Detection Finding.</summary>
    public const int ClassUid = 2004;

    /// <summary><c>category_uid</c> of the Findings category.</summary>
    public const int CategoryUid = 2;

    /// <summary><c>activity_id</c> Create: a finding first generated.</summary>
    public const int ActivityCreate = 1;

    /// <summary><c>type_uid</c> = class_uid * 100 + activity_id.</summary>
    public const int TypeUidCreate = (ClassUid * 100) + ActivityCreate;

    /// <summary>The OCSF schema version the findings are written against (<c>metadata.version</c>).</summary>
    public const string SchemaVersion = "1.9.0-dev";
}
