using AgentSoar.Contracts.Planning;

namespace AgentSoar.Planning.Guardrails;

/// <summary>What the guardrails made of one candidate: accepted as <see cref="Accepted"/>, or dropped as <see cref="Dropped"/>.</summary>
public sealed record GuardVerdict(PlanCandidate? Accepted, DroppedCandidate? Dropped);
