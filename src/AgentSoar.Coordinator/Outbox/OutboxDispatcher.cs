using System.Text.Json;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>
/// Sends committed outbox messages on the bus and has them marked sent. It never throws: it runs after a
/// commit, and an exception there would make the caller's message be retried and the committed work
/// be done twice. What it cannot send now stays unsent for the sweeper.
/// </summary>
public sealed partial class OutboxDispatcher(IBus bus, OutboxSentMarker marker, ILogger<OutboxDispatcher> logger)
{
    public async Task DispatchAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var done = new List<Guid>(messages.Count);
        foreach (var message in messages)
        {
            (Type Type, object Payload) decoded;
            try
            {
                decoded = Decode(message);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
            {
                // Undeliverable whatever we retry (a renamed type, a damaged payload): retired, loudly.
                LogPoison(logger, ex, message.Id, message.MessageType);
                done.Add(message.Id);
                continue;
            }

            try
            {
                await SendAsync(message, decoded.Type, decoded.Payload, ct);
                done.Add(message.Id);
            }
            catch (Exception ex)
            {
                LogDispatchFailed(logger, ex, messages.Count - done.Count);
                break;
            }
        }

        marker.Mark(done);
    }

    private static (Type Type, object Payload) Decode(OutboxMessage message)
    {
        var type = ContractJson.ResolveContract(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.PayloadJson, type, ContractJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        return (type, payload);
    }

    private async Task SendAsync(OutboxMessage message, Type type, object payload, CancellationToken ct)
    {
        if (message.Destination is null)
        {
            await bus.Publish(payload, type, ct);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(new Uri(message.Destination));
        await endpoint.Send(payload, type, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} outbox message(s) now; the sweeper will retry")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} of type {MessageType} cannot be decoded and is retired undelivered")]
    private static partial void LogPoison(ILogger logger, Exception exception, Guid messageId, string messageType);
}
