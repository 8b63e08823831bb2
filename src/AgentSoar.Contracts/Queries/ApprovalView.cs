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

    /// <summary>The input value that made the action touch a classified asset (the most critical one), when it does.</summary>
    public string? Target { get; init; }

    /// <summary>The asset class <see cref="Target"/> belongs to, as the approval policy names it.</summary>
    public string? Asset { get; init; }

    public AssetCriticality? TargetCriticality { get; init; }

    /// <summary>How many distinct values the action names, when that reached the policy's blast radius.</summary>
    public int? TargetCount { get; init; }
}
