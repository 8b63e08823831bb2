namespace AgentSoar.Planning;

/// <summary>Chooses playbooks for an incident. Implementations never execute anything.</summary>
public interface IPlanner
{
    /// <summary>Short name recorded with every decision (<c>rules</c>, <c>llm</c>).</summary>
    string Kind { get; }

    Task<PlanningResult> PlanAsync(PlanningRequest request, CancellationToken ct);
}
