namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>How a simulation carried out an action step, as <see cref="StepTrace.Effect"/> names it.</summary>
internal static class StepEffects
{
    /// <summary>A mutating action: recorded as what it would do, never performed.</summary>
    public const string Recorded = "recorded_not_performed";

    /// <summary>A read-only action that really ran (against a connector that needs no configuration).</summary>
    public const string Performed = "performed_read_only";

    /// <summary>A read-only action of a connector the simulation cannot reach: it failed as not configured.</summary>
    public const string NotConfigured = "not_configured";
}
