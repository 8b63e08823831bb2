using AgentSoar.Contracts.Incidents;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Queries;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Incidents;

/// <summary>
/// Case work on incidents (comment, tag, assign, close, reopen), answered at once. Each change is
/// stored with its audit entry and its live-view event in one transaction; the incident's row version
/// turns two people changing it together into two orderly changes; and a redelivered request (same
/// message id) changes nothing twice.
/// </summary>
public sealed class CaseWorkConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock) :
    IConsumer<CommentOnIncident>,
    IConsumer<TagIncident>,
    IConsumer<AssignIncident>,
    IConsumer<CloseIncident>,
    IConsumer<ReopenIncident>
{
    private const int MaxConflictRetries = 10;

    public Task Consume(ConsumeContext<CommentOnIncident> context) =>
        AnswerAsync(context, context.Message.IncidentId, context.Message.Author, (incident, now) => CaseWork.Comment(incident, context.Message, Guid.CreateVersion7(now), now));

    public Task Consume(ConsumeContext<TagIncident> context) =>
        AnswerAsync(context, context.Message.IncidentId, context.Message.By, (incident, now) => CaseWork.Tag(incident, context.Message, now));

    public Task Consume(ConsumeContext<AssignIncident> context) =>
        AnswerAsync(context, context.Message.IncidentId, context.Message.By, (incident, now) => CaseWork.Assign(incident, context.Message, now));

    public Task Consume(ConsumeContext<CloseIncident> context) =>
        AnswerAsync(context, context.Message.IncidentId, context.Message.By, (incident, now) => CaseWork.Close(incident, context.Message, now));

    public Task Consume(ConsumeContext<ReopenIncident> context) =>
        AnswerAsync(context, context.Message.IncidentId, context.Message.By, (incident, now) => CaseWork.Reopen(incident, context.Message, now));

    private async Task AnswerAsync<T>(ConsumeContext<T> context, Guid incidentId, string actor, Func<IncidentRecord, DateTimeOffset, CaseDecision> decide)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.RespondAsync(await ApplyAsync(incidentId, context.MessageId, actor, decide, context.CancellationToken));
    }

    private async Task<IncidentChangeResult> ApplyAsync(
        Guid incidentId, Guid? messageId, string actor, Func<IncidentRecord, DateTimeOffset, CaseDecision> decide, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var incident = await store.GetIncidentAsync(incidentId, ct);
            if (incident is null)
            {
                return new IncidentChangeResult(IncidentChangeOutcome.NotFound, $"no incident with id {incidentId}", null);
            }

            var now = clock.GetUtcNow();
            var decision = decide(incident, now);
            if (decision.Change is not { } change)
            {
                return new IncidentChangeResult(decision.Outcome, decision.Detail, ViewMapper.ToView(incident));
            }

            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            if (messageId is { } id && !await tx.Store.TryMarkProcessedAsync("case-work", id, now, ct))
            {
                return new IncidentChangeResult(IncidentChangeOutcome.Unchanged, "this request was handled already", ViewMapper.ToView(incident));
            }

            if (!await tx.Store.TryUpdateIncidentAsync(change.Incident, ct))
            {
                continue;
            }

            if (change.Comment is { } comment)
            {
                await tx.Store.InsertIncidentCommentAsync(comment, ct);
            }

            tx.Audit(actor, change.AuditKind, incidentId, null, null, change.AuditData);
            var after = change.Incident;
            tx.Enqueue(new IncidentUpdated(after.Id, after.Title, after.SeverityId, after.Status, change.Change, now));
            await tx.CommitAsync(ct);
            return new IncidentChangeResult(IncidentChangeOutcome.Changed, decision.Detail, ViewMapper.ToView(after))
            {
                Comment = change.Comment is { } c ? ViewMapper.ToView(c) : null,
            };
        }

        throw new ConcurrencyConflictException($"incident {incidentId} kept changing under {MaxConflictRetries} attempts");
    }
}
