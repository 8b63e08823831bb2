namespace AgentSoar.Cli.Planner;

/// <summary>What the planner made of one labelled alert.</summary>
internal sealed record EvalOutcome(string Case, string Expected, IReadOnlyList<string> Ranking, bool Fallback, string? FallbackReason, TimeSpan Latency)
{
    /// <summary>The planner's choice: its first candidate, or <c>none</c> when it proposed nothing.</summary>
    public string Chosen => Ranking.Count > 0 ? Ranking[0] : EvalCase.None;

    public bool Correct => string.Equals(Chosen, Expected, StringComparison.Ordinal);

    /// <summary>The expected playbook is among the first three; <c>none</c> counts only when nothing was proposed.</summary>
    public bool InTop3 => Expected == EvalCase.None ? Ranking.Count == 0 : Ranking.Take(3).Contains(Expected, StringComparer.Ordinal);
}
