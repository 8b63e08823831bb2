using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary><c>if</c> / <c>then</c> / <c>else</c>: runs one of two branches.</summary>
public sealed record IfStep(
    string Id,
    SourceLocation Location,
    ValueTemplate Condition,
    IReadOnlyList<Step> Then,
    IReadOnlyList<Step> Else) : Step(Id, Location)
{
    public override IEnumerable<IReadOnlyList<Step>> Branches => [Then, Else];

    public override IEnumerable<ValueTemplate?> Templates => [Condition, Guard];
}
