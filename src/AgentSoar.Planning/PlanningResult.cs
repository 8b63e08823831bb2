using AgentSoar.Contracts.Planning;

namespace AgentSoar.Planning;

/// <summary>Candidates, best first; <see cref="Model"/> names the LLM when one answered.</summary>
public sealed record PlanningResult(IReadOnlyList<PlanCandidate> Candidates, string? Model);
