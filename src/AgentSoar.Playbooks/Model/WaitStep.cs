using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>wait</c>: pauses the run <c>for</c> a duration, or <c>until</c> a condition holds — checked
/// <c>every</c> interval, failing when it has not held <see cref="Within"/> (its <c>timeout</c>). The time is kept by the
/// database-driven watchdog, so a wait survives restarts.
/// </summary>
public sealed record WaitStep(string Id, SourceLocation Location, TimeSpan? For, ValueTemplate? Until, TimeSpan Within, TimeSpan Every) : Step(Id, Location)
{
    public override IEnumerable<ValueTemplate?> Templates => [Until, Guard];
}
