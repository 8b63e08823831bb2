using System.Text.Json.Nodes;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Engine;
using AgentSoar.Engine.Approvals;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>
/// A person's decision, answered at once. The ticket's row version makes a double click or two
/// analysts clicking together produce one decision: the loser re-reads and finds it decided.
/// </summary>
public sealed class DecideApprovalConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock) : IConsumer<DecideApproval>
{
    private const int MaxConflictRetries = 10;

    public async Task Consume(ConsumeContext<DecideApproval> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.RespondAsync(await DecideAsync(context.Message, context.CancellationToken));
    }

    private async Task<ApprovalDecisionResult> DecideAsync(DecideApproval request, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var record = await store.GetApprovalAsync(request.ApprovalId, ct);
            if (record is null)
            {
                return new ApprovalDecisionResult(DecisionOutcome.NotFound, null, $"no approval with id {request.ApprovalId}", 0, 0);
            }

            var ticket = ApprovalTicketJson.FromRecord(record);
            var now = clock.GetUtcNow();
            var vote = new ApprovalVote(request.DecidedBy, request.Roles.ToList(), request.Approve, request.Reason, request.ActionHash) { Answer = request.Answer };
            var result = ApprovalGate.Decide(ticket, vote, now);
            var after = result.Ticket;

            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            if (!ReferenceEquals(after, ticket) && !await tx.Store.TryUpdateApprovalAsync(ApprovalTicketJson.ToRecord(after, record.Version + 1), ct))
            {
                continue;
            }

            // Refusals are decisions too: who tried what, and why it was refused, goes in the trail.
            tx.Audit(request.DecidedBy, "approval_vote", ticket.IncidentId, ticket.RunId, ticket.StepId, new JsonObject
            {
                ["approval_id"] = ticket.Id.ToString(),
                ["approve"] = request.Approve,
                ["reason"] = request.Reason,
                ["outcome"] = EngineJson.EnumName(result.Outcome),
                ["detail"] = result.Detail,
                ["action_hash"] = ticket.ActionHash,
            });

            if (result.Resolved)
            {
                var by = after.Decisions.Select(d => d.By).ToList();
                var reason = after.Decisions.LastOrDefault(d => !d.Approved)?.Reason ?? (after.Status == ApprovalStatus.Expired ? "expired without a decision" : null);
                tx.Enqueue(
                    new ApprovalDecided(after.Id, after.RunId, after.IncidentId, after.StepId, EngineJson.EnumName(after.Status), after.ActionHash, by, reason, now) { Answer = after.Answer });
            }

            if (result.Outcome == DecisionOutcome.Recorded)
            {
                tx.Enqueue(
                    new ApprovalUpdated(after.Id, after.RunId, after.IncidentId, after.StepId, EngineJson.EnumName(after.Status), after.ApprovalsGiven, after.RequiredApprovals, now));
            }

            await tx.CommitAsync(ct);
            return new ApprovalDecisionResult(result.Outcome, EngineJson.EnumName(after.Status), result.Detail, after.ApprovalsGiven, after.RequiredApprovals);
        }

        throw new Runs.ConcurrencyConflictException($"approval {request.ApprovalId} kept changing under {MaxConflictRetries} attempts");
    }
}
