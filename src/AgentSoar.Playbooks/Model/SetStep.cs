using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary><c>set</c>: evaluates values and stores them as variables, read later as <c>vars.name</c>.</summary>
public sealed record SetStep(string Id, SourceLocation Location, IReadOnlyDictionary<string, ValueTemplate> Values) : Step(Id, Location)
{
    public override IEnumerable<ValueTemplate?> Templates => Values.Values.Append(Guard);
}
