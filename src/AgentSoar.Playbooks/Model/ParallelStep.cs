namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>parallel</c>: runs its branches at the same time. With join <c>all</c> it finishes when every
/// branch has; with <c>any</c>, when the first one has (steps of the others not yet started never start).
/// </summary>
public sealed record ParallelStep(string Id, SourceLocation Location, JoinKind Join, IReadOnlyList<ParallelBranch> Lanes) : Step(Id, Location)
{
    public override IEnumerable<IReadOnlyList<Step>> Branches => Lanes.Select(b => b.Steps);
}
