using System.Text.Json;

namespace AgentSoar.Contracts.Queries;

public sealed record RunView(
    Guid Id,
    Guid IncidentId,
    string PlaybookId,
    int PlaybookVersion,
    string Status,
    string? Reason,
    string StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement Inputs,
    JsonElement? Outputs,
    IReadOnlyList<StepView> Steps)
{
    /// <summary>Set once a rollback was asked for: who, why, the undo steps planned and what was left as it was.</summary>
    public RollbackView? Rollback { get; init; }
}
