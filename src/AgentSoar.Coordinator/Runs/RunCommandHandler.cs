using System.Text.Json;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Contracts.Runs;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Runs;

/// <summary>Carries out the engine's commands inside the transaction that saves the new run state.</summary>
public sealed class RunCommandHandler(ICoordinatorStore store, TimeProvider clock)
{
    public const string EngineActor = "engine";

    public async Task ExecuteAsync(CoordinatorTransaction tx, RunState run, IReadOnlyList<RunCommand> commands, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(commands);
        var now = clock.GetUtcNow();
        foreach (var command in commands)
        {
            switch (command)
            {
                case DispatchAction dispatch:
                    tx.Enqueue(
                        new ExecuteAction(
                            dispatch.ExecutionId, run.RunId, run.IncidentId, dispatch.StepId, dispatch.Connector, dispatch.Action,
                            JsonSerializer.SerializeToElement(dispatch.Inputs), dispatch.IdempotencyKey, dispatch.Timeout, dispatch.MaxAttempts, now)
                        {
                            NotAfter = dispatch.NotAfter,
                        },
                        ConnectorQueues.AddressOf(dispatch.Connector));
                    break;
                case RequestApproval request:
                    var ticket = new ApprovalTicket(
                        request.ApprovalId, run.RunId, run.IncidentId, request.StepId, request.Connector, request.Action, request.Inputs,
                        request.ActionHash, request.Risk, request.RequiredApprovals, request.Role, request.ProposedBy, request.Reason, now, request.ExpiresAt)
                    {
                        Question = request.Question,
                        Asset = request.Asset,
                        TargetCount = request.TargetCount,
                    };
                    await tx.Store.InsertApprovalAsync(ApprovalTicketJson.ToRecord(ticket, version: 1), ct);
                    tx.Enqueue(
                        new ApprovalRequested(
                            ticket.Id, run.RunId, run.IncidentId, ticket.StepId, ticket.Connector, ticket.Action, JsonSerializer.SerializeToElement(ticket.Inputs),
                            ticket.ActionHash, ticket.Risk, ticket.RequiredApprovals, ticket.Role, ticket.ProposedBy, ticket.Reason, ticket.ExpiresAt)
                        {
                            Question = ticket.Question,
                            Target = ticket.Asset?.Target,
                            Asset = ticket.Asset?.Asset,
                            TargetCriticality = ticket.Asset?.Criticality,
                            TargetCount = ticket.TargetCount,
                        });
                    break;
                case ExpireApproval expire:
                    await ExpireAsync(tx, expire, now, ct);
                    break;
                case RecordAudit audit:
                    tx.Audit(EngineActor, audit.Kind, run.IncidentId, run.RunId, audit.StepId, audit.Data);
                    break;
                case NotifyStepChanged notify:
                    tx.Enqueue(new RunUpdated(run.RunId, run.IncidentId, run.PlaybookId, run.Status.ToWire(), notify.StepId, notify.Status, now));
                    break;
                default:
                    throw new InvalidOperationException($"No handler for engine command {command.GetType().Name}.");
            }
        }
    }

    private async Task ExpireAsync(CoordinatorTransaction tx, ExpireApproval expire, DateTimeOffset now, CancellationToken ct)
    {
        var record = await store.GetApprovalAsync(expire.ApprovalId, ct);
        if (record is null || record.Status != "pending")
        {
            return;
        }

        var ticket = ApprovalGate.Expire(ApprovalTicketJson.FromRecord(record), now);
        if (!await tx.Store.TryUpdateApprovalAsync(ApprovalTicketJson.ToRecord(ticket, record.Version + 1), ct))
        {
            throw new ConcurrencyConflictException($"approval {expire.ApprovalId} changed while it was being expired");
        }

        tx.Enqueue(
            new ApprovalDecided(ticket.Id, ticket.RunId, ticket.IncidentId, ticket.StepId, "expired", ticket.ActionHash, [], "expired without a decision", now));
    }
}
