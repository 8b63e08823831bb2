using System.Text.Json.Nodes;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.DeadLetters;

/// <summary>
/// Lists the dead letters and replays one: its message goes back on the queue it failed on, once, recorded on the dead
/// letter and in the audit trail with who and when. The mark is written first and committed only after the send, so a
/// replay that could not be sent leaves the dead letter replayable, and two replays at once send it once. The one gap:
/// a commit that fails after the send (the database gone at that instant) is retried and sends it again; the copy keeps
/// the original message id, and AgentSoar's consumers are idempotent, so a second copy changes nothing.
/// </summary>
public sealed class DeadLettersConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, IBus bus, TimeProvider clock) :
    IConsumer<GetDeadLetters>,
    IConsumer<GetDeadLetter>,
    IConsumer<ReplayDeadLetter>
{
    private const int MaxLimit = 500;

    /// <summary>The header a replayed message carries: the dead letter it came from.</summary>
    public const string ReplayHeader = "AgentSoar-DeadLetter-Replay";

    public async Task Consume(ConsumeContext<GetDeadLetters> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var letters = await store.ListDeadLettersAsync(Math.Clamp(context.Message.Limit, 1, MaxLimit), context.CancellationToken);
        await context.RespondAsync(new DeadLetterList(letters.Select(l => DeadLetterViews.ToView(l, withBody: false)).ToList()));
    }

    public async Task Consume(ConsumeContext<GetDeadLetter> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var letter = await store.GetDeadLetterAsync(context.Message.Id, context.CancellationToken);
        await context.RespondAsync(new DeadLetterDetails(letter is null ? null : DeadLetterViews.ToView(letter, withBody: true)));
    }

    public async Task Consume(ConsumeContext<ReplayDeadLetter> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var m = context.Message;
        var letter = await store.GetDeadLetterAsync(m.Id, ct);
        if (letter is null)
        {
            await context.RespondAsync(new DeadLetterReplayResult(DeadLetterReplayOutcome.NotFound, $"no dead letter has the id {m.Id}", null));
            return;
        }

        if (letter.ReplayedAt is not null)
        {
            await context.RespondAsync(Already(letter));
            return;
        }

        var (message, problem) = DeadLetterReplay.Prepare(letter);
        if (message is null)
        {
            await context.RespondAsync(new DeadLetterReplayResult(DeadLetterReplayOutcome.NotReplayable, $"it can't be replayed: {problem}", View(letter)));
            return;
        }

        var now = clock.GetUtcNow();
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryMarkDeadLetterReplayedAsync(letter.Id, m.RequestedBy, now, ct))
        {
            await context.RespondAsync(Already(await store.GetDeadLetterAsync(m.Id, ct) ?? letter));
            return;
        }

        tx.Audit(m.RequestedBy, "dead_letter_replayed", null, null, null, new JsonObject
        {
            ["dead_letter_id"] = letter.Id.ToString(),
            ["queue"] = letter.SourceQueue,
            ["message_type"] = message.Type.FullName,
            ["message_id"] = message.MessageId?.ToString(),
            ["failed_with"] = letter.ExceptionType,
        });
        await SendAsync(message, letter.Id, ct);
        await tx.CommitAsync(ct);
        await context.RespondAsync(new DeadLetterReplayResult(
            DeadLetterReplayOutcome.Replayed,
            $"{message.Type.Name} sent back to {letter.SourceQueue}",
            View(letter with { ReplayedBy = m.RequestedBy, ReplayedAt = now })));
    }

    private async Task SendAsync(ReplayMessage message, Guid deadLetterId, CancellationToken ct)
    {
        // A queue name, not the address it failed at: the broker host and virtual host are this bus's own.
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{message.Queue}"));
        await endpoint.Send(message.Payload, message.Type, Pipe.Execute<SendContext>(send =>
        {
            if (message.MessageId is { } id)
            {
                send.MessageId = id;
            }

            send.CorrelationId = message.CorrelationId ?? send.CorrelationId;
            send.ConversationId = message.ConversationId ?? send.ConversationId;
            send.Headers.Set(ReplayHeader, deadLetterId.ToString());
        }), ct);
    }

    private static DeadLetterReplayResult Already(DeadLetterRecord letter) => new(
        DeadLetterReplayOutcome.AlreadyReplayed, $"it was replayed already, by {letter.ReplayedBy} at {letter.ReplayedAt:O}", View(letter));

    private static DeadLetterView View(DeadLetterRecord letter) => DeadLetterViews.ToView(letter, withBody: false);
}
