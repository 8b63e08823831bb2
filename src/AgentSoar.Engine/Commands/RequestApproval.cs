using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;

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
}
