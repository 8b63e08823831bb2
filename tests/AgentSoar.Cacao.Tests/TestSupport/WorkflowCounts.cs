using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>What a CACAO workflow holds, counted: steps per type, branches (on_true, on_false, cases, next_steps) and commands.</summary>
internal sealed record WorkflowCounts(IReadOnlyDictionary<string, int> StepsByType, int Branches, int Commands)
{
    public static WorkflowCounts Of(JsonObject playbook)
    {
        var steps = (playbook["workflow"] as JsonObject ?? []).Select(p => p.Value as JsonObject).OfType<JsonObject>().ToList();
        var byType = steps.GroupBy(s => s["type"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var branches = steps.Sum(s =>
            (s["on_true"] is null ? 0 : 1) + (s["on_false"] is null ? 0 : 1) + ((s["cases"] as JsonObject)?.Count ?? 0) + ((s["next_steps"] as JsonArray)?.Count ?? 0));
        var commands = steps.Sum(s => (s["commands"] as JsonArray)?.Count ?? 0);
        return new WorkflowCounts(byType, branches, commands);
    }

    /// <summary>The commands of every action step, by step id.</summary>
    public static IReadOnlyDictionary<string, JsonArray> CommandsById(JsonObject playbook) =>
        (playbook["workflow"] as JsonObject ?? [])
            .Where(p => p.Value?["commands"] is JsonArray)
            .ToDictionary(p => p.Key, p => (JsonArray)p.Value!["commands"]!, StringComparer.Ordinal);

    public string Describe() =>
        $"{string.Join(", ", StepsByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}; branches={Branches}; commands={Commands}";
}
