using System.Collections.Immutable;
using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Engine.Approvals;

/// <summary>An open or decided request for approval of one exact action.</summary>
public sealed record ApprovalTicket(
    Guid Id,
    Guid RunId,
    Guid IncidentId,
    string StepId,
    string Connector,
    string Action,
    JsonNode Inputs,
    string ActionHash,
    RiskLevel Risk,
    int RequiredApprovals,
    string? Role,
    string ProposedBy,
    string Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    public ApprovalStatus Status { get; init; } = ApprovalStatus.Pending;

    public ImmutableList<ApproverDecision> Decisions { get; init; } = [];

    public DateTimeOffset? DecidedAt { get; init; }

    public int ApprovalsGiven => Decisions.Count(d => d.Approved);

    /// <summary>Set when the ticket is an approval step's question: approving means answering.</summary>
    public ApprovalQuestion? Question { get; init; }

    /// <summary>A question's answer, once enough people have given it.</summary>
    public string? Answer { get; init; }

    /// <summary>The classified asset that raised the requirement, when the action touches one.</summary>
    public AssetMatch? Asset { get; init; }

    /// <summary>How many distinct values the action names, when that reached the policy's blast radius.</summary>
    public int? TargetCount { get; init; }
}
