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
    /// <remarks>Inside a loop the engine records instance ids such as <c>loop[2]/step</c>: the last segment names the step.</remarks>
    public (Step? Step, string? Parent, int Depth) Find(string recordedId)
    {
        var id = recordedId[(recordedId.LastIndexOf('/') + 1)..];
        var bracket = id.IndexOf('[', StringComparison.Ordinal);
        id = bracket > 0 ? id[..bracket] : id;
        return _byId.TryGetValue(id, out var found) ? found : (null, null, 0);
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
