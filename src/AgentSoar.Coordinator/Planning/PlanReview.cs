using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Playbooks;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Coordinator.Planning;

/// <summary>
/// Checks each candidate against what is really loaded, and decides whether the best one may start by itself
/// (<see cref="AutoStartPolicy"/>). The decision it builds is the plan's record: which planner answered, the model,
/// prompt version, tokens, latency, every candidate with its score, those the guardrails dropped, and any fallback.
/// </summary>
public sealed record PlanReview(JsonObject Decision, PlanReview.Choice? Chosen)
{
    public static PlanReview Review(PlanProposed plan, PlaybookRegistry playbooks, JsonNode? finding, JsonObject incident, AutoStartPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(playbooks);
        ArgumentNullException.ThrowIfNull(policy);
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
                outcome = policy.Refusal(plan, candidate);
                if (outcome is null)
                {
                    var why = $"{plan.AnsweredBy ?? plan.PlannerKind} planner: {candidate.Rationale} (confidence {AutoStartPolicy.Percent(candidate.Confidence)}, auto-start at {AutoStartPolicy.Percent(policy.Confidence)})";
                    chosen = new Choice(playbook, resolution.Inputs, why);
                    entry["chosen"] = true;
                }
            }
        }

        var decision = new JsonObject
        {
            ["planner"] = plan.PlannerKind,
            ["model"] = plan.Model,
            ["answered_by"] = plan.AnsweredBy ?? plan.PlannerKind,
            ["prompt_version"] = plan.PromptVersion,
            ["tokens_in"] = plan.InputTokens,
            ["tokens_out"] = plan.OutputTokens,
            ["latency_ms"] = Math.Round(plan.Latency.TotalMilliseconds, 1),
            ["model_latency_ms"] = plan.ModelLatency is { } model ? Math.Round(model.TotalMilliseconds, 1) : null,
            ["fallback"] = plan.Fallback,
            ["fallback_reason"] = plan.FallbackReason,
            ["alert_id"] = plan.AlertId.ToString(),
            ["candidates"] = reviewed,
            ["dropped"] = new JsonArray(plan.Dropped.Select(d => (JsonNode)new JsonObject
            {
                ["playbook_id"] = d.PlaybookId,
                ["confidence"] = d.Confidence,
                ["reason"] = d.Reason,
            }).ToArray()),
            ["action"] = chosen is not null ? "auto_started" : outcome is not null ? "proposed" : "none",
            ["chosen"] = chosen?.Playbook.Id,
            ["reason"] = chosen?.Why ?? outcome ?? "no candidate applies to this alert",
        };
        return new PlanReview(decision, chosen);
    }

    public sealed record Choice(Playbook Playbook, JsonObject Inputs, string Why);
}
