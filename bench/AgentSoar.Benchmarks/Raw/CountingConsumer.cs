using System.Collections.Concurrent;
using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AgentSoar.Benchmarks.Raw;

/// <summary>
/// Acks each message as it arrives (one ack per message, as a service consuming one message at a time
/// does), counts them and the repeats by message id, and wakes whoever waits for a message or a count.
/// </summary>
internal sealed class CountingConsumer
{
    private readonly ConcurrentDictionary<int, bool> _seen = new();
    private TaskCompletionSource? _awaited;
    private int _awaitedIndex = -1;
    private int _awaitedCount = int.MaxValue;
    private int _consumed;
    private int _duplicates;

    public CountingConsumer(IChannel channel)
    {
        Consumer = new AsyncEventingBasicConsumer(channel);
        Consumer.ReceivedAsync += async (_, delivery) =>
        {
            var index = int.Parse(delivery.BasicProperties.MessageId ?? "-1", CultureInfo.InvariantCulture);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, delivery.CancellationToken);
            if (!_seen.TryAdd(index, true))
            {
                Interlocked.Increment(ref _duplicates);
                return;
            }

            var count = Interlocked.Increment(ref _consumed);
            if (index == Volatile.Read(ref _awaitedIndex) || count >= Volatile.Read(ref _awaitedCount))
            {
                Volatile.Read(ref _awaited)?.TrySetResult();
            }
        };
    }

    public AsyncEventingBasicConsumer Consumer { get; }

    public int Consumed => Volatile.Read(ref _consumed);

    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>A task done when the message with this index arrives.</summary>
    public Task Expect(int index)
    {
        var awaited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _awaited, awaited);
        Volatile.Write(ref _awaitedIndex, index);
        return _seen.ContainsKey(index) ? Task.CompletedTask : awaited.Task;
    }

    /// <summary>A task done when this many messages (since the last reset) have arrived.</summary>
    public Task ExpectCount(int count)
    {
        var awaited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _awaitedIndex, -1);
        Volatile.Write(ref _awaited, awaited);
        Volatile.Write(ref _awaitedCount, count);
        return Consumed >= count ? Task.CompletedTask : awaited.Task;
    }

    /// <summary>Forgets what was consumed, so the saturation phase counts from zero with message ids of its own range.</summary>
    public void Reset()
    {
        _seen.Clear();
        Volatile.Write(ref _consumed, 0);
        Volatile.Write(ref _duplicates, 0);
    }
}
