using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Planning.Rules;

/// <summary>
/// The deterministic planner: scores each playbook by its triggers and its ATT&amp;CK tags against
/// the alert, and says why in plain words. It is the default, and the fallback for the LLM planner.
/// A playbook with triggers of which none holds is not a candidate.
/// </summary>
public sealed class RulesPlanner(TimeProvider clock) : IPlanner
{
    private const double TriggerWeight = 0.6;
    private const double TechniqueWeight = 0.25;
    private const double TacticWeight = 0.1;
    private const double SeverityWeight = 0.05;

    public string Kind => "rules";

    public Task<PlanningResult> PlanAsync(PlanningRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["alert"] = request.Finding }, now: clock.GetUtcNow());
        var attack = AttackTags.Of(request.Finding);
        // Ranked on the raw score: the confidence shown is capped at 1, and two playbooks that both
        // pass the cap must still be told apart by how much evidence each has.
        var candidates = request.Catalog.All
            .Select(p => Score(p, scope, attack, request.Finding))
            .OfType<(PlanCandidate Candidate, double Raw)>()
            .OrderByDescending(c => c.Raw)
            .ThenBy(c => c.Candidate.PlaybookId, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .ToList();
        return Task.FromResult(new PlanningResult(candidates, Model: null));
    }

    private static (PlanCandidate Candidate, double Raw)? Score(Playbook playbook, ExpressionScope scope, AttackTags attack, JsonNode finding)
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

        var inputs = FillInputs(playbook, scope, fields);
        var confidence = Math.Round(Math.Min(1.0, score), 2);
        var rationale = $"{playbook.Metadata.Name}: {string.Join("; ", reasons)} (score {confidence.ToString(CultureInfo.InvariantCulture)})";
        return (new PlanCandidate(playbook.Id, playbook.Metadata.Version, JsonSerializer.SerializeToElement(inputs), confidence, rationale, fields.ToList()), score);
    }

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
