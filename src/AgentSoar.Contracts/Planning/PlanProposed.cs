namespace AgentSoar.Contracts.Planning;

/// <summary>The planner's answer: candidates ranked best first (possibly none), with the record of how it was reached.</summary>
/// <remarks>
/// The decision-record properties are init-only so that the positional shape stays what earlier publishers send:
/// a message without them reads as a rules decision with no model, no tokens and no fallback.
/// </remarks>
public sealed record PlanProposed(
    Guid IncidentId,
    Guid AlertId,
    string PlannerKind,
    string? Model,
    IReadOnlyList<PlanCandidate> Candidates,
    TimeSpan Latency,
    DateTimeOffset ProposedAt) : ICorrelated
{
    /// <summary>Which planner produced <see cref="Candidates"/>: <see cref="PlannerKind"/>, or <c>rules</c> after a fallback.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The version of the prompt the model was given; null when no model was asked.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Prompt tokens the endpoint reported using; null when it did not say or no model was asked.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Answer tokens the endpoint reported using; null when it did not say or no model was asked.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>How long the model took to answer (or to fail); null when no model was asked.</summary>
    public TimeSpan? ModelLatency { get; init; }

    /// <summary>True when the model was asked but the rules planner answered instead.</summary>
    public bool Fallback { get; init; }

    /// <summary>Why the rules planner answered instead of the model (timeout, HTTP error, invalid answer, no valid candidate).</summary>
    public string? FallbackReason { get; init; }

    /// <summary>Candidates the model proposed that the guardrails refused, each with the reason.</summary>
    public IReadOnlyList<DroppedCandidate> Dropped { get; init; } = [];

    Guid? ICorrelated.IncidentId => IncidentId;

    Guid? ICorrelated.RunId => null;

    string? ICorrelated.StepId => null;
}
