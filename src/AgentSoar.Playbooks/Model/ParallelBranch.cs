namespace AgentSoar.Playbooks.Model;

/// <summary>One named branch of a <see cref="ParallelStep"/>.</summary>
public sealed record ParallelBranch(string Name, IReadOnlyList<Step> Steps, SourceLocation Location);
