namespace AgentSoar.Planner;

/// <summary>Which planner answers <c>PlanRequested</c> (<c>AgentSoar:Planner:Kind</c>).</summary>
public enum PlannerKind
{
    /// <summary>The deterministic rules planner, offline: the default.</summary>
    Rules,

    /// <summary>A language model at <c>AgentSoar:Planner:Llm</c>, held to the guardrails, with the rules planner as fallback.</summary>
    Llm,
}
