using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Planner;

/// <summary>Bound from <c>AgentSoar:Planner</c>.</summary>
public sealed class PlannerOptions
{
    public const string Section = "AgentSoar:Planner";

    /// <summary><c>rules</c> (default) or <c>llm</c>; with <c>llm</c>, <c>AgentSoar:Planner:Llm</c> says which model.</summary>
    public PlannerKind Kind { get; set; } = PlannerKind.Rules;

    /// <summary>The folder of playbooks the planner chooses from (the same folder the Coordinator runs).</summary>
    [Required(ErrorMessage = "AgentSoar:Planner:PlaybooksPath is required.")]
    public string PlaybooksPath { get; set; } = "playbooks";

    /// <summary>How often, at most, the playbook folder is looked at again for changed files; 0 never.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "AgentSoar:Planner:PlaybookReloadInterval must be between 0 (never) and 1 hour.")]
    public TimeSpan PlaybookReloadInterval { get; set; } = TimeSpan.FromSeconds(5);
}
