using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Engine.Commands;

public sealed record RequestApproval(
    Guid ApprovalId,
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
    DateTimeOffset ExpiresAt) : RunCommand
{
    /// <summary>Set when an approval step asks a question rather than an action asking to run.</summary>
    public ApprovalQuestion? Question { get; init; }

    /// <summary>The classified asset that raised the requirement, when the action touches one.</summary>
    public AssetMatch? Asset { get; init; }

    /// <summary>How many distinct values the action names, when that reached the policy's blast radius.</summary>
    public int? TargetCount { get; init; }
}
