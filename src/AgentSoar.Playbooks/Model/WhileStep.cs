using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>while</c>: runs its <c>do</c> steps again and again as long as the condition holds, checked before each
/// round (<c>loop.index</c> counts the rounds). It fails when the condition still holds after
/// <see cref="MaxIterations"/> rounds: a loop never runs away.
/// </summary>
public sealed record WhileStep(
    string Id,
    SourceLocation Location,
    ValueTemplate Condition,
    int MaxIterations,
    IReadOnlyList<Step> Do) : Step(Id, Location)
{
    public const int DefaultMaxIterations = 10;

    public const int MaxIterationsLimit = 1000;

    public override IEnumerable<IReadOnlyList<Step>> Branches => [Do];

    public override IEnumerable<ValueTemplate?> Templates => [Condition, Guard];
}
