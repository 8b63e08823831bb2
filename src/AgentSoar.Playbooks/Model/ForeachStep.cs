using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>foreach</c>: runs its <c>do</c> steps once for each item of a list, at most <see cref="Concurrency"/> items at a
/// time. Inside, <c>loop.item</c> and <c>loop.index</c> name the current item. A list longer than
/// <see cref="MaxItems"/> fails the step rather than being cut short: skipping items silently is how containment misses a host.
/// </summary>
public sealed record ForeachStep(
    string Id,
    SourceLocation Location,
    ValueTemplate Items,
    int Concurrency,
    int MaxItems,
    IReadOnlyList<Step> Do) : Step(Id, Location)
{
    public const int DefaultMaxItems = 100;

    /// <summary>The most any foreach may take, whatever it declares.</summary>
    public const int MaxItemsLimit = 1000;

    public override IEnumerable<IReadOnlyList<Step>> Branches => [Do];

    public override IEnumerable<ValueTemplate?> Templates => [Items, Guard];
}
