using System.Text.Json;
using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Contracts.Queries;

public sealed record ApprovalView(
    Guid Id,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Status,
    string Connector,
    string Action,
    JsonElement Inputs,
    string ActionHash,
    RiskLevel Risk,
    int RequiredApprovals,
    string? Role,
    IReadOnlyList<ApproverDecisionView> Decisions,
    string ProposedBy,
    string Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt)
{
    /// <summary>For an approval step: the question asked, and once decided, the answer.</summary>
    public ApprovalQuestion? Question { get; init; }

    public string? Answer { get; init; }
}
