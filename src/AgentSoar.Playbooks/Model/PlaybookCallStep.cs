using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>playbook</c>: runs another playbook inside this run, with the inputs given under <c>with</c>; its outputs become
/// this step's output. The called playbook is pinned when the step starts, like the run's own.
/// </summary>
public sealed record PlaybookCallStep(
    string Id,
    SourceLocation Location,
    string PlaybookId,
    IReadOnlyDictionary<string, ValueTemplate> With) : Step(Id, Location)
{
    /// <summary>How deep calls may nest: a guard against a cycle the catalog could not see.</summary>
    public const int MaxDepth = 8;

    public override IEnumerable<ValueTemplate?> Templates => With.Values.Append(Guard);
}
