using System.Globalization;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Coordinator.Planning;

/// <summary>Checks each candidate against what is really loaded, and decides whether the best one may start by itself.</summary>
public sealed record PlanReview(JsonObject Decision, PlanReview.Choice? Chosen)
{
    public static PlanReview Review(PlanProposed plan, PlaybookRegistry playbooks, JsonNode? finding, JsonObject incident, double autoStartConfidence)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(playbooks);
        var reviewed = new JsonArray();
        Choice? chosen = null;
        string? outcome = null;
        foreach (var candidate in plan.Candidates)
        {
            var given = JsonNode.Parse(candidate.Inputs.GetRawText());
            var entry = new JsonObject
            {
                ["playbook_id"] = candidate.PlaybookId,
                ["version"] = candidate.PlaybookVersion,
                ["confidence"] = candidate.Confidence,
                ["rationale"] = candidate.Rationale,
                ["fields_used"] = new JsonArray(candidate.FieldsUsed.Select(f => (JsonNode?)f).ToArray()),
                ["inputs"] = given?.DeepClone(),
            };
            reviewed.Add(entry);
            var playbook = playbooks.Find(candidate.PlaybookId);
            if (playbook is null)
            {
                entry["refused"] = $"no playbook '{candidate.PlaybookId}' is loaded";
                continue;
            }

            var resolution = InputResolver.Resolve(playbook, given as JsonObject, finding, incident);
            if (!resolution.Succeeded)
            {
                entry["refused"] = string.Join("; ", resolution.Errors);
                continue;
            }

            if (chosen is null && outcome is null)
            {
                if (candidate.Confidence >= autoStartConfidence)
                {
                    var why = $"{plan.PlannerKind} planner: {candidate.Rationale} (confidence {Percent(candidate.Confidence)}, auto-start at {Percent(autoStartConfidence)})";
                    chosen = new Choice(playbook, resolution.Inputs, why);
                    entry["chosen"] = true;
                }
                else
                {
                    outcome = $"best candidate '{playbook.Id}' has confidence {Percent(candidate.Confidence)}, below the auto-start threshold {Percent(autoStartConfidence)}: waiting for an analyst";
                }
            }
        }

        var decision = new JsonObject
        {
            ["planner"] = plan.PlannerKind,
            ["model"] = plan.Model,
            ["latency_ms"] = Math.Round(plan.Latency.TotalMilliseconds, 1),
            ["alert_id"] = plan.AlertId.ToString(),
            ["candidates"] = reviewed,
            ["action"] = chosen is not null ? "auto_started" : outcome is not null ? "proposed" : "none",
            ["chosen"] = chosen?.Playbook.Id,
            ["reason"] = chosen?.Why ?? outcome ?? "no candidate applies to this alert",
        };
        return new PlanReview(decision, chosen);
    }

    private static string Percent(double value) => value.ToString("P0", CultureInfo.InvariantCulture);

    public sealed record Choice(Playbook Playbook, JsonObject Inputs, string Why);
}
