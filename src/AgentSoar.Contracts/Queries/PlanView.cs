using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

/// <summary>A recorded planning decision: the planner's candidates and what the Coordinator did with them.</summary>
public sealed record PlanView(Guid Id, Guid AlertId, string PlannerKind, DateTimeOffset CreatedAt, JsonElement Decision)
{
    /// <summary>
    /// For a plan only proposed (the decision's <c>action</c> is <c>proposed</c>), what a person did with it:
    /// <c>{"action": "run" | "dismissed", "by", "at", "playbook_id", "run_id" | "reason"}</c>; null while it waits.
    /// </summary>
    public JsonElement? Outcome { get; init; }
}
