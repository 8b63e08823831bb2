namespace AgentSoar.Cacao.Import;

/// <summary>
/// Immediate post-dominators of the workflow graph: for a step whose branches have no explicit <c>on_completion</c>,
/// the nearest step every path from it passes through is where its branches join again.
/// </summary>
/// <remarks>
/// The classic iterative data-flow computation over a virtual exit that every end step (and every step with no
/// successor) leads to. CACAO workflows are small, so sets are fine.
/// </remarks>
internal sealed class PostDominators
{
    private const string Exit = "\u0000exit";
    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    public PostDominators(WorkflowGraph graph)
    {
        var nodes = graph.Steps.Keys.Append(Exit).ToList();
        var successors = graph.Steps.Keys.ToDictionary(
            id => id,
            id =>
            {
                var next = graph.Successors(id).ToList();
                return next.Count == 0 || WorkflowGraph.TypeOf(graph.Steps[id]) == "end" ? [Exit] : next;
            },
            StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _sets[node] = node == Exit ? [Exit] : new HashSet<string>(nodes, StringComparer.Ordinal);
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var node in graph.Steps.Keys)
            {
                var set = successors[node].Select(s => _sets[s]).Aggregate((HashSet<string>?)null, (acc, s) =>
                {
                    var copy = new HashSet<string>(acc ?? s, StringComparer.Ordinal);
                    copy.IntersectWith(s);
                    return copy;
                }) ?? [];
                set.Add(node);
                if (!set.SetEquals(_sets[node]))
                {
                    _sets[node] = set;
                    changed = true;
                }
            }
        }
    }

    /// <summary>The nearest step after <paramref name="id"/> that every path from it reaches, or null when the paths only meet at the end.</summary>
    public string? Immediate(string id)
    {
        if (!_sets.TryGetValue(id, out var set) || set.Count == _sets.Count)
        {
            return null;
        }

        // The nearest is the one that is post-dominated by all the others: the largest set among them.
        var nearest = set.Where(d => d != id).MaxBy(d => _sets[d].Count);
        return nearest is null || nearest == Exit ? null : nearest;
    }
}
