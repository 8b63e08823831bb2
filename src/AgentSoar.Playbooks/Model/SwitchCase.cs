namespace AgentSoar.Playbooks.Model;

/// <summary>One case of a <see cref="SwitchStep"/>: the value it matches and its steps.</summary>
public sealed record SwitchCase(string Match, IReadOnlyList<Step> Steps, SourceLocation Location);
