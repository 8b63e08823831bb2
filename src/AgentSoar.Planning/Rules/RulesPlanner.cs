using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Planning.Rules;

/// <summary>
/// The deterministic planner: scores each playbook by its triggers, its ATT&amp;CK technique and tactic tags, the
/// observable types it needs, the alert's severity and the alert's source against the alert, and says why in plain
/// words. It is the default, and the fallback for the LLM planner. A playbook with triggers of which none holds is
/// not a candidate; nor is one on which nothing but severity, observables or source matches.
/// </summary>
public sealed class RulesPlanner(TimeProvider clock) : IPlanner
{
    private const double TriggerWeight = 0.6;
    private const double TechniqueWeight = 0.25;
    private const double TacticWeight = 0.1;
    private const double SeverityWeight = 0.05;
    private const double ObservableWeight = 0.1;
    private const double SourceWeight = 0.1;
    private const double Knee = 0.8;

    public string Kind => "rules";

    public Task<PlanningResult> PlanAsync(PlanningRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["alert"] = request.Finding }, now: clock.GetUtcNow());
        var attack = AttackTags.Of(request.Finding);
        var sources = SourceTags.Of(request.Finding);
        // Ranked on the raw score: the confidence shown is rounded, and two playbooks near 1 must
        // still be told apart by how much evidence each has.
        var candidates = request.Catalog.All
            .Select(p => Score(p, scope, attack, sources, request.Finding))
            .OfType<(PlanCandidate Candidate, double Raw)>()
            .OrderByDescending(c => c.Raw)
            .ThenBy(c => c.Candidate.PlaybookId, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .ToList();
        return Task.FromResult(new PlanningResult(candidates, Model: null) { AnsweredBy = Kind });
    }

    private static (PlanCandidate Candidate, double Raw)? Score(Playbook playbook, ExpressionScope scope, AttackTags attack, IReadOnlyList<string> sources, JsonNode finding)
    {
        var reasons = new List<string>();
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var score = 0.0;

        var matched = playbook.Triggers.Where(t => Holds(t, scope)).ToList();
        if (playbook.Triggers.Count > 0 && matched.Count == 0)
        {
            return null;
        }

        foreach (var trigger in matched)
        {
            reasons.Add($"trigger {Describe(trigger.Match)} holds");
            AddFields(fields, trigger.Match.Expressions);
        }

        score += matched.Count > 0 ? TriggerWeight : 0;
        foreach (var tag in playbook.Metadata.Tags.Where(t => t.StartsWith("attack.", StringComparison.OrdinalIgnoreCase)))
        {
            var value = tag["attack.".Length..];
            if (value.Length > 1 && (value[0] is 't' or 'T') && char.IsDigit(value[1]) && attack.HasTechnique(value))
            {
                score += TechniqueWeight;
                reasons.Add($"the alert's ATT&CK technique matches tag {tag}");
                fields.Add("finding_info.attacks");
            }
            else if (attack.Tactics.Contains(AttackTags.Normalise(value)))
            {
                score += TacticWeight;
                reasons.Add($"the alert's ATT&CK tactic matches tag {tag}");
                fields.Add("finding_info.attacks");
            }
        }

        if (score == 0)
        {
            return null;
        }

        // Parse the text: a number read from YAML is held as long, from JSON as an element; TryGetValue<int> misses the first.
        if (finding["severity_id"] is JsonValue severity && int.TryParse(severity.ToJsonString(), out var level) && level >= 4)
        {
            score += SeverityWeight;
            reasons.Add($"severity {level} is high");
            fields.Add("severity_id");
        }

        score += ObservablesFit(playbook, matched, scope, reasons, fields);
        if (SourceTags.Matching(playbook.Metadata.Tags, sources) is { } sourceTag)
        {
            score += SourceWeight;
            reasons.Add($"the alert's source matches tag {sourceTag}");
            fields.Add("metadata.product");
        }

        var inputs = FillInputs(playbook, scope, fields);
        var confidence = Confidence(score);
        var rationale = $"{playbook.Metadata.Name}: {string.Join("; ", reasons)} (score {confidence.ToString(CultureInfo.InvariantCulture)})";
        return (new PlanCandidate(playbook.Id, playbook.Metadata.Version, JsonSerializer.SerializeToElement(inputs), confidence, rationale, fields.ToList()), score);
    }

    /// <summary>
    /// The score as a confidence: the score itself up to 0.8, then bending towards 1 without reaching it, so that two
    /// strong candidates keep different confidences (a hard cap at 1 showed them as a tie) while a trigger alone
    /// (0.6) reads the same as before against the auto-start threshold.
    /// </summary>
    internal static double Confidence(double score) =>
        Math.Round(score <= Knee ? score : 1 - ((1 - Knee) * Math.Exp(-(score - Knee) / (1 - Knee))), 3);

    /// <summary>The share of the observable types the playbook needs that the alert has, as score and reason.</summary>
    private static double ObservablesFit(Playbook playbook, IEnumerable<Trigger> holding, ExpressionScope scope, List<string> reasons, SortedSet<string> fields)
    {
        var needed = ObservableNeeds.Of(playbook, holding);
        if (needed.Count == 0)
        {
            return 0;
        }

        var present = needed.Where(k => ObservableNeeds.Has(scope, k)).ToList();
        var missing = needed.Except(present, StringComparer.Ordinal).ToList();
        if (present.Count > 0)
        {
            fields.Add("observables");
        }

        reasons.Add(missing.Count == 0
            ? $"the alert has the {Words(present)} it needs"
            : present.Count == 0
                ? $"the alert has no {Words(missing)}, which it needs"
                : $"the alert has the {Words(present)} it needs but no {Words(missing)}");
        return ObservableWeight * present.Count / needed.Count;
    }

    private static string Words(IReadOnlyList<string> kinds) =>
        kinds.Count == 1 ? kinds[0] : $"{string.Join(", ", kinds.Take(kinds.Count - 1))} and {kinds[^1]}";

    /// <summary>Fills inputs from their <c>from</c> expressions; one that fails is left out for the Coordinator to report.</summary>
    private static JsonObject FillInputs(Playbook playbook, ExpressionScope scope, SortedSet<string> fields)
    {
        var inputs = new JsonObject();
        foreach (var input in playbook.Inputs.Where(i => i.From is not null))
        {
            try
            {
                var value = input.From!.Render(scope);
                if (value is not null)
                {
                    inputs[input.Name] = value;
                    AddFields(fields, input.From.Expressions);
                }
            }
            catch (ExpressionException)
            {
                // Left out: input resolution in the Coordinator reports it with its position.
            }
        }

        return inputs;
    }

    private static bool Holds(Trigger trigger, ExpressionScope scope)
    {
        try
        {
            return trigger.Match.IsTrue(scope);
        }
        catch (ExpressionException)
        {
            return false;
        }
    }

    private static void AddFields(SortedSet<string> fields, IEnumerable<Expression> expressions)
    {
        foreach (var expression in expressions)
        {
            foreach (var path in expression.ReferencedPaths)
            {
                if (path.StartsWith("alert.", StringComparison.Ordinal))
                {
                    fields.Add(path["alert.".Length..]);
                }
                else if (path == "alert" && expression.Text.Contains("observable", StringComparison.Ordinal))
                {
                    // The observable functions take the whole alert but read only its observables.
                    fields.Add("observables");
                }
            }
        }
    }

    private static string Describe(Playbooks.Templates.ValueTemplate template) =>
        string.Join(" ", template.Expressions.Select(e => $"`{e.Text}`"));
}
