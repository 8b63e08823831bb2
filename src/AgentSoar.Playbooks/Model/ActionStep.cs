using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>Calls one connector action: <c>action: connector.action</c> with the rendered <c>with</c> inputs.</summary>
public sealed record ActionStep(
    string Id,
    SourceLocation Location,
    string Connector,
    string Action,
    IReadOnlyDictionary<string, ValueTemplate> With) : Step(Id, Location)
{
    /// <summary>What the playbook asks of the approval gate; the policy can require more, never less.</summary>
    public ApprovalSpec? Approval { get; init; }

    public override IEnumerable<ValueTemplate?> Templates => With.Values.Append(Guard);
}
