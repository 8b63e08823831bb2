using System.Globalization;
using AgentSoar.Contracts.Planning;

namespace AgentSoar.Coordinator.Planning;

/// <summary>
/// When the planner's best candidate may start by itself: its confidence reaches the threshold, its playbook is on
/// the auto-start list, and, if a language model chose it, model plans are allowed to auto-start at all.
/// Otherwise it is proposed to an analyst.
/// </summary>
public sealed record AutoStartPolicy(double Confidence, IReadOnlyList<string> Playbooks, bool LlmPlans)
{
    public static AutoStartPolicy From(CoordinatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AutoStartPolicy(options.AutoStartConfidence, options.AutoStartPlaybooks ?? ["*"], options.AutoStartLlmPlans);
    }

    /// <summary>Null when <paramref name="candidate"/> may start by itself; else why it waits for an analyst.</summary>
    public string? Refusal(PlanProposed plan, PlanCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Confidence < Confidence)
        {
            return $"best candidate '{candidate.PlaybookId}' has confidence {Percent(candidate.Confidence)}, below the auto-start threshold {Percent(Confidence)}: waiting for an analyst";
        }

        if (!Playbooks.Any(p => Matches(p, candidate.PlaybookId)))
        {
            return $"best candidate '{candidate.PlaybookId}' is not on the auto-start list (AgentSoar:Coordinator:AutoStartPlaybooks): waiting for an analyst";
        }

        if (!LlmPlans && string.Equals(plan.AnsweredBy ?? plan.PlannerKind, "llm", StringComparison.Ordinal))
        {
            return $"best candidate '{candidate.PlaybookId}' was chosen by a language model, whose plans are only proposed (AgentSoar:Coordinator:AutoStartLlmPlans): waiting for an analyst";
        }

        return null;
    }

    public static string Percent(double value) => value.ToString("P0", CultureInfo.InvariantCulture);

    private static bool Matches(string pattern, string id) =>
        pattern.EndsWith('*') ? id.StartsWith(pattern[..^1], StringComparison.Ordinal) : string.Equals(pattern, id, StringComparison.Ordinal);
}
