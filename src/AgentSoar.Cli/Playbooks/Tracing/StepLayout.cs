using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>Where each step sits in the playbook's tree: its parent and its depth, so a flat list of step states prints as a tree.</summary>
internal sealed class StepLayout
{
    private readonly Dictionary<string, (Step Step, string? Parent, int Depth)> _byId = new(StringComparer.Ordinal);

    public StepLayout(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        Add(playbook.Steps, null, 0);
    }

    /// <summary>The playbook step a recorded id stands for, its parent and depth; unknown ids sit at the top.</summary>
    /// <remarks>
    /// The engine records instance ids: <c>loop[2]/step</c> for a round of a loop (the last segment names a step
    /// of this playbook, nested in the loop already), <c>call/step</c> for a step of a called playbook (not in this
    /// playbook: it sits one level under the call).
    /// </remarks>
    public (Step? Step, string? Parent, int Depth) Find(string recordedId)
    {
        ArgumentNullException.ThrowIfNull(recordedId);
        var slash = recordedId.LastIndexOf('/');
        if (slash <= 0)
        {
            return _byId.TryGetValue(StepIdOf(recordedId), out var top) ? top : (null, null, 0);
        }

        // A round of a loop of this playbook ends its prefix with [n]; a call does not, and its steps are another playbook's.
        var prefix = recordedId[..slash];
        if (prefix.EndsWith(']') && _byId.TryGetValue(recordedId[(slash + 1)..], out var inLoop))
        {
            return inLoop;
        }

        return (null, prefix, Find(prefix).Depth + 1);
    }

    private static string StepIdOf(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? segment[..bracket] : segment;
    }

    private void Add(IEnumerable<Step> steps, string? parent, int depth)
    {
        foreach (var step in steps)
        {
            _byId.TryAdd(step.Id, (step, parent, depth));
            Add(step.Children, step.Id, depth + 1);
        }
    }
}
