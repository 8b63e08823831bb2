using AgentSoar.Contracts.Planning;

namespace AgentSoar.Planning;

/// <summary>Candidates, best first; <see cref="Model"/> names the LLM when one was asked. The rest is the decision record.</summary>
public sealed record PlanningResult(IReadOnlyList<PlanCandidate> Candidates, string? Model)
{
    /// <summary>The planner whose candidates these are: <c>rules</c> after a fallback, else the planner asked.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The prompt version the model was given, when one was asked.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Prompt tokens reported by the endpoint.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Answer tokens reported by the endpoint.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Time spent waiting for the model.</summary>
    public TimeSpan? ModelLatency { get; init; }

    /// <summary>True when the model was asked and the rules planner answered instead.</summary>
    public bool Fallback { get; init; }

    /// <summary>Why the rules planner answered instead.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>The model's candidates that a guardrail refused, with the reasons.</summary>
    public IReadOnlyList<DroppedCandidate> Dropped { get; init; } = [];
}
