using System.Text.Json;

namespace AgentSoar.Contracts.Connectors;

/// <summary>What the rest of the system knows of a connector action: its schemas and how dangerous it is.</summary>
public sealed record ActionInfo(
    string Name,
    string Description,
    RiskLevel Risk,
    bool Mutating,
    bool Idempotent,
    string? UndoAction,
    JsonElement InputSchema,
    JsonElement OutputSchema)
{
    /// <summary>The equivalent OpenC2 command, when the connector declares one; null otherwise.</summary>
    public OpenC2Info? OpenC2 { get; init; }
}
