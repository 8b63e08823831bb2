using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine;
using AgentSoar.Engine.Approvals;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>Maps an approval ticket to its database row and back.</summary>
public static class ApprovalTicketJson
{
    public static ApprovalRecord ToRecord(ApprovalTicket ticket, long version)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var request = new Request(ticket.Connector, ticket.Action, ticket.Inputs, ticket.Risk, ticket.RequiredApprovals, ticket.Role, ticket.ProposedBy, ticket.Reason)
        {
            Question = ticket.Question,
            Answer = ticket.Answer,
            Asset = ticket.Asset,
            TargetCount = ticket.TargetCount,
        };
        return new ApprovalRecord(
            ticket.Id, ticket.RunId, ticket.IncidentId, ticket.StepId, ticket.ActionHash, EngineJson.EnumName(ticket.Status),
            JsonSerializer.Serialize(request, EngineJson.Options), JsonSerializer.Serialize(ticket.Decisions, EngineJson.Options),
            ticket.CreatedAt, ticket.ExpiresAt, ticket.DecidedAt, version);
    }

    public static ApprovalTicket FromRecord(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var request = JsonSerializer.Deserialize<Request>(record.RequestJson, EngineJson.Options)
            ?? throw new InvalidOperationException($"Approval {record.Id} has no request.");
        var decisions = JsonSerializer.Deserialize<ImmutableList<ApproverDecision>>(record.DecisionsJson, EngineJson.Options) ?? [];
        return new ApprovalTicket(
            record.Id, record.RunId, record.IncidentId, record.StepId, request.Connector, request.Action, request.Inputs ?? new JsonObject(),
            record.ActionHash, request.Risk, request.RequiredApprovals, request.Role, request.ProposedBy, request.Reason, record.CreatedAt, record.ExpiresAt)
        {
            Status = Enum.Parse<ApprovalStatus>(record.Status.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            Decisions = decisions,
            DecidedAt = record.DecidedAt,
            Question = request.Question,
            Answer = request.Answer,
            Asset = request.Asset,
            TargetCount = request.TargetCount,
        };
    }

    private sealed record Request(string Connector, string Action, JsonNode? Inputs, RiskLevel Risk, int RequiredApprovals, string? Role, string ProposedBy, string Reason)
    {
        public ApprovalQuestion? Question { get; init; }

        public string? Answer { get; init; }

        /// <summary>Absent from tickets stored before the policy knew assets: they read as touching none.</summary>
        public AssetMatch? Asset { get; init; }

        public int? TargetCount { get; init; }
    }
}
