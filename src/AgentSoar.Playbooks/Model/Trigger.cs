using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

/// <summary>When a playbook applies: a boolean expression over the alert.</summary>
public sealed record Trigger(ValueTemplate Match, SourceLocation Location);
