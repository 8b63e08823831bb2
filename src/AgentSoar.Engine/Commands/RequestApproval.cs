using System.Text.Json.Nodes;
using AgentSoar.Contracts;

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
    DateTimeOffset ExpiresAt) : RunCommand;
