namespace AgentSoar.Contracts.Planning;

/// <summary>
/// Request: a person runs or dismisses a plan the planner only proposed (below the auto-start threshold, not on the
/// auto-start list, or chosen by a model). The first decision wins; answered with <see cref="PlanDecisionResult"/>.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Run">True: run its proposed playbook with the proposed inputs; false: dismiss it.</param>
/// <param name="DecidedBy">Who (the authenticated caller).</param>
/// <param name="Reason">Why; kept with a dismissal and in the audit trail.</param>
public sealed record DecidePlan(Guid PlanId, bool Run, string DecidedBy, string? Reason)
{
    /// <summary>As <see cref="Runs.StartRun.MaxRisk"/>: the highest action risk the person may start; null for any.</summary>
    public RiskLevel? MaxRisk { get; init; }
}

/// <summary>Whether the plan was run (then <see cref="RunId"/>) or dismissed; else why not, with an HTTP-like status (404, 403, 409, 422).</summary>
public sealed record PlanDecisionResult(bool Done, Guid? RunId, string Detail, int StatusCode);
