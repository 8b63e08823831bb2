using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Coordinator;

/// <summary>Bound from <c>AgentSoar:Coordinator</c>.</summary>
public sealed class CoordinatorOptions
{
    public const string Section = "AgentSoar:Coordinator";

    /// <summary>The folder of playbook YAML files.</summary>
    [Required(ErrorMessage = "AgentSoar:Coordinator:PlaybooksPath is required.")]
    public string PlaybooksPath { get; set; } = "playbooks";

    /// <summary>How often the playbook folder is checked for changed files; 0 turns reloading off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "AgentSoar:Coordinator:PlaybookReloadInterval must be between 0 (off) and 1 hour.")]
    public TimeSpan PlaybookReloadInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The approval policy file (YAML). Empty: the built-in default policy.</summary>
    public string? ApprovalPolicyPath { get; set; }

    /// <summary>The planner's top candidate starts by itself when its confidence is at least this; otherwise it waits for a person.</summary>
    [Range(0.0, 1.0, ErrorMessage = "AgentSoar:Coordinator:AutoStartConfidence must be between 0 and 1.")]
    public double AutoStartConfidence { get; set; } = 0.5;

    /// <summary>
    /// The playbooks allowed to start by themselves (ids, or a prefix ending in <c>*</c>; <c>*</c> alone: every one).
    /// A candidate of any other playbook is proposed to an analyst, whatever its confidence. Unset: every one
    /// (<c>*</c>); to let none start by itself, list an id no playbook has, such as <c>none</c>.
    /// </summary>
    /// <remarks>
    /// Null rather than a <c>["*"]</c> default: the configuration binder adds configured entries to an array's
    /// default instead of replacing it, so a configured list would still have let every playbook start.
    /// </remarks>
    public string[]? AutoStartPlaybooks { get; set; }

    /// <summary>Whether a candidate chosen by a language model may start by itself (then under the same threshold and list); off, it is always proposed.</summary>
    public bool AutoStartLlmPlans { get; set; }

    /// <summary>How often the watchdog looks for overdue steps and approvals in the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "AgentSoar:Coordinator:WatchdogInterval must be between 50ms and 10 minutes.")]
    public TimeSpan WatchdogInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Outbox messages not confirmed sent after this long are sent again by the sweeper (after a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "AgentSoar:Coordinator:OutboxRetryAfter must be between 100ms and 10 minutes.")]
    public TimeSpan OutboxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The time budget of an action step that declares no <c>timeout</c>.</summary>
    public TimeSpan DefaultActionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long past an action's own time budget the watchdog waits for its connector host to answer (queueing,
    /// backoff, a host restarting) before failing the step as timed out. Also how long an approval decided just
    /// before its expiry has to arrive.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "AgentSoar:Coordinator:DispatchGrace must be between 1 second and 1 hour.")]
    public TimeSpan DispatchGrace { get; set; } = TimeSpan.FromSeconds(60);
}
