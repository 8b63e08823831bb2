using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Playbooks.Model;

public sealed record OutputDefinition(string Name, ValueTemplate Value, SourceLocation Location);
