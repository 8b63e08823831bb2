namespace AgentSoar.Contracts.Planning;

/// <summary>A candidate the model proposed that a guardrail refused, and why; kept in the decision record.</summary>
/// <param name="PlaybookId">The playbook id as the model wrote it (it may name no playbook at all).</param>
/// <param name="Confidence">The confidence the model gave, clamped to [0, 1].</param>
/// <param name="Reason">Which guardrail refused it, in plain words.</param>
public sealed record DroppedCandidate(string PlaybookId, double Confidence, string Reason);
