using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Import;

/// <summary>The workflow of a CACAO playbook as a graph: its steps by id and the edges between them.</summary>
internal sealed class WorkflowGraph
{
    public WorkflowGraph(JsonObject workflow)
    {
        foreach (var (id, step) in workflow)
        {
            if (step is JsonObject o)
            {
                Steps[id] = o;
            }
        }
    }

    public Dictionary<string, JsonObject> Steps { get; } = new(StringComparer.Ordinal);

    public static string TypeOf(JsonObject step) => Text(step, "type") ?? string.Empty;

    public static string? Text(JsonObject step, string property) =>
        step[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Where the flow goes on from a step once it (and its branches) are done, failure aside.</summary>
    public static string? Next(JsonObject step) => Text(step, "on_completion") ?? Text(step, "on_success");

    /// <summary>The heads of a step's branches, in order, with a name for each: on_true/on_false, cases, next_steps.</summary>
    public static IEnumerable<(string Name, string Head)> BranchHeads(JsonObject step)
    {
        foreach (var property in new[] { "on_true", "on_false" })
        {
            if (Text(step, property) is { } head)
            {
                yield return (property, head);
            }
        }

        if (step["cases"] is JsonObject cases)
        {
            foreach (var (name, head) in cases)
            {
                if (head is JsonValue v && v.TryGetValue<string>(out var id))
                {
                    yield return (name, id);
                }
            }
        }

        if (step["next_steps"] is JsonArray next)
        {
            foreach (var (head, index) in next.Select((n, i) => (n, i)))
            {
                if (head is JsonValue v && v.TryGetValue<string>(out var id))
                {
                    yield return ($"branch_{index + 1}", id);
                }
            }
        }
    }

    /// <summary>The edges of normal flow (failure edges left out: they become compensation, not structure).</summary>
    public IEnumerable<string> Successors(string id) =>
        Steps.TryGetValue(id, out var step)
            ? BranchHeads(step).Select(b => b.Head).Concat(Next(step) is { } next ? [next] : []).Where(Steps.ContainsKey).Distinct(StringComparer.Ordinal)
            : [];
}
