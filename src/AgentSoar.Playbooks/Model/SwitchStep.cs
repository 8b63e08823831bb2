using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>switch</c>: evaluates a value and runs the steps of the case whose name equals it (as text),
/// or the <c>default</c> steps when none does.
/// </summary>
public sealed record SwitchStep(
    string Id,
    SourceLocation Location,
    ValueTemplate Value,
    IReadOnlyList<SwitchCase> Cases,
    IReadOnlyList<Step> Default) : Step(Id, Location)
{
    public override IEnumerable<IReadOnlyList<Step>> Branches => Cases.Select(c => c.Steps).Append(Default);

    public override IEnumerable<ValueTemplate?> Templates => [Value, Guard];
}
