using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Contracts.Secrets;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.DeadLetters;

/// <summary>
/// Keeps the dead letters every service announces (the newest <see cref="DeadLetterOptions.Keep"/>), so they can be
/// listed and replayed in one place. The notice's id is the idempotency key.
/// </summary>
public sealed class MessageDeadLetteredConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock, IOptions<DeadLetterOptions> options)
    : IConsumer<MessageDeadLettered>
{
    public async Task Consume(ConsumeContext<MessageDeadLettered> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var (body, masked) = MaskAgain(m.Body);
        var record = new DeadLetterRecord(
            m.DeadLetterId, m.SourceQueue, JsonSerializer.Serialize(m.MessageTypes), m.MessageId, m.ExceptionType, m.Reason, m.ContentType,
            body, m.BodyBytes, m.BodyTruncated, m.BodyMasked || masked, m.Service, m.FailedAt, null, null);
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, context.CancellationToken);
        await tx.Store.TryAddDeadLetterAsync(record, options.Value.Keep, context.CancellationToken);
        await tx.CommitAsync(context.CancellationToken);
    }

    // Every service masks before it announces; the store is where a secret must never land, so it is checked here too.
    private static (string Body, bool Masked) MaskAgain(string body)
    {
        try
        {
            var json = JsonNode.Parse(body);
            var masked = SecretFields.Mask(json);
            return JsonNode.DeepEquals(json, masked) ? (body, false) : (masked!.ToJsonString(), true);
        }
        catch (JsonException)
        {
            return (body, false);
        }
    }
}
