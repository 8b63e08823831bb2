using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Planner;

/// <summary>Bound from <c>AgentSoar:Planner</c>.</summary>
public sealed class PlannerOptions
{
    public const string Section = "AgentSoar:Planner";

    /// <summary>The folder of playbooks the planner chooses from (the same folder the Coordinator runs).</summary>
    [Required(ErrorMessage = "AgentSoar:Planner:PlaybooksPath is required.")]
    public string PlaybooksPath { get; set; } = "playbooks";
}
