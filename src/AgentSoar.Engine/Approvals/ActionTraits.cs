using AgentSoar.Contracts;

namespace AgentSoar.Engine.Approvals;

/// <summary>What the gate needs to know of a connector action (from the connector catalog).</summary>
public sealed record ActionTraits(RiskLevel Risk, bool Mutating)
{
    /// <summary>The action of the same connector that undoes this one, when it declares one: what a rollback runs.</summary>
    public string? UndoAction { get; init; }

    /// <summary>The names of the action's declared inputs, when known.</summary>
    public IReadOnlyCollection<string>? InputNames { get; init; }
}
