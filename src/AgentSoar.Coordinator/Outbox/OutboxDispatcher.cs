using System.Text.Json;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Outbox;

/// <summary>Sends committed outbox messages on the bus and marks them sent. A failure leaves them for the sweeper.</summary>
public sealed partial class OutboxDispatcher(IBus bus, ICoordinatorStore store, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public async Task DispatchAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        var sent = new List<Guid>(messages.Count);
        try
        {
            foreach (var message in messages)
            {
                var type = ContractJson.ResolveContract(message.MessageType);
                var payload = JsonSerializer.Deserialize(message.PayloadJson, type, ContractJson.Options)
                    ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
                if (message.Destination is null)
                {
                    await bus.Publish(payload, type, ct);
                }
                else
                {
                    var endpoint = await bus.GetSendEndpoint(new Uri(message.Destination));
                    await endpoint.Send(payload, type, ct);
                }

                sent.Add(message.Id);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDispatchFailed(logger, ex, messages.Count - sent.Count);
        }
        finally
        {
            if (sent.Count > 0)
            {
                await store.MarkOutboxSentAsync(sent, clock.GetUtcNow(), CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} outbox message(s) now; the sweeper will retry")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, int count);
}
