namespace AgentSoar.Cacao.Mapping;

/// <summary>The types CACAO 2.0 defines (sections 5 and 7); in tolerant mode, anything else is kept and reported.</summary>
internal static class CacaoVocabulary
{
    public static IReadOnlySet<string> CommandTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "manual", "bash", "caldera-cmd", "elastic", "http-api", "jupyter", "kestrel", "openc2-http", "powershell", "sigma", "ssh", "yara",
    };

    public static IReadOnlySet<string> AgentTargetTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "group", "individual", "location", "organization", "sector", "http-api", "linux", "net-address", "security-category", "ssh",
    };

    /// <summary>Playbook properties with no place in an AgentSoar playbook that are worth a warning when they are dropped.</summary>
    /// <remarks>
    /// Not listed: what every CACAO file has and export writes anew (<c>created</c>, <c>created_by</c>, <c>modified</c>,
    /// <c>spec_version</c>, <c>type</c>) and what is derived from the workflow (<c>playbook_processing_summary</c>).
    /// </remarks>
    public static IReadOnlyList<string> UnmappedPlaybookProperties { get; } =
    [
        "playbook_types", "playbook_activities", "revoked", "valid_from", "valid_until", "derived_from", "related_to", "priority",
        "severity", "impact", "industry_sectors", "external_references", "markings", "data_marking_definitions", "signatures",
        "authentication_info_definitions", "workflow_exception", "playbook_extension",
    ];
}
