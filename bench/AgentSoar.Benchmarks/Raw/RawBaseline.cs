using System.Diagnostics;
using AgentSoar.Benchmarks.Measuring;
using RabbitMQ.Client;

namespace AgentSoar.Benchmarks.Raw;

/// <summary>
/// What RabbitMQ itself costs on this machine, measured with RabbitMQ.Client 7 alone: the baseline
/// the pipeline's figures are divided by. The publisher and the consumer each have a connection of
/// their own, as two services would.
/// </summary>
internal sealed class RawBaseline(ConnectionFactory factory, int? brokerPid)
{
    public async Task<RawResult> RunAsync(string queueType, RawSettings settings, CancellationToken ct)
    {
        await using var publisherConnection = await factory.CreateConnectionAsync("bench-publisher", ct);
        await using var consumerConnection = await factory.CreateConnectionAsync("bench-consumer", ct);
        // The library tracks confirms and each publish awaits its own; the semaphore below bounds how many
        // are outstanding, so the library's own throttling (which adds delays) is switched off.
        await using var publisher = await publisherConnection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            ct);
        await using var consumerChannel = await consumerConnection.CreateChannelAsync(cancellationToken: ct);
        await consumerChannel.BasicQosAsync(0, settings.Prefetch, global: false, ct);

        var queue = $"agentsoar.bench.{queueType}.{Guid.NewGuid():N}";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = queueType }, cancellationToken: ct);
        try
        {
            var sink = new CountingConsumer(consumerChannel);
            await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer: sink.Consumer, cancellationToken: ct);
            var payload = new byte[settings.PayloadBytes];

            var roundTrip = await RoundTripsAsync(publisher, queue, sink, payload, settings, ct);
            var saturation = await SaturateAsync(publisher, queue, sink, payload, settings, ct);
            var left = (await publisher.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
            return saturation with { QueueType = queueType, RoundTrip = roundTrip, LeftInQueue = left };
        }
        finally
        {
            await publisher.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: CancellationToken.None);
        }
    }

    /// <summary>One message in flight: publish (confirmed) and wait until the other connection has consumed it.</summary>
    private static async Task<Percentiles> RoundTripsAsync(IChannel publisher, string queue, CountingConsumer sink, byte[] payload, RawSettings settings, CancellationToken ct)
    {
        var samples = new List<double>(settings.RoundTrips);
        for (var i = 0; i < settings.WarmUpRoundTrips + settings.RoundTrips; i++)
        {
            var consumed = sink.Expect(i);
            var clock = Stopwatch.StartNew();
            await PublishAsync(publisher, queue, i, payload, ct);
            await consumed.WaitAsync(TimeSpan.FromSeconds(30), ct);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= settings.WarmUpRoundTrips)
            {
                samples.Add(elapsed);
            }
        }

        sink.Reset();
        return Percentiles.Of(samples);
    }

    /// <summary>As many messages as the broker takes: publishing with a bounded window of outstanding confirms while consuming.</summary>
    private async Task<RawResult> SaturateAsync(IChannel publisher, string queue, CountingConsumer sink, byte[] payload, RawSettings settings, CancellationToken ct)
    {
        var allConsumed = sink.ExpectCount(settings.Messages);
        using var window = new SemaphoreSlim(settings.OutstandingConfirms);
        var confirmed = 0;
        var client = new CpuMeter("self");
        var broker = new CpuMeter(brokerPid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        client.Start();
        broker.Start();
        var clock = Stopwatch.StartNew();

        var publishes = new List<Task>(settings.Messages);
        for (var i = 0; i < settings.Messages; i++)
        {
            await window.WaitAsync(ct);
            publishes.Add(ConfirmedAsync(i));
        }

        await Task.WhenAll(publishes);
        await allConsumed.WaitAsync(TimeSpan.FromSeconds(120), ct);
        var elapsed = clock.Elapsed.TotalSeconds;
        var clientCpu = client.Stop(settings.Messages);
        var brokerCpu = broker.Stop(settings.Messages);

        return new RawResult(string.Empty, settings.Messages, confirmed, sink.Consumed, sink.Duplicates, 0, Math.Round(elapsed, 3),
            Math.Round(settings.Messages / elapsed, 1), Round(clientCpu), Round(brokerCpu), Percentiles.Of([]), settings);

        async Task ConfirmedAsync(int index)
        {
            try
            {
                await PublishAsync(publisher, queue, index, payload, ct);
                Interlocked.Increment(ref confirmed);
            }
            finally
            {
                window.Release();
            }
        }
    }

    private static async Task PublishAsync(IChannel channel, string queue, int index, byte[] payload, CancellationToken ct)
    {
        var properties = new BasicProperties { Persistent = true, MessageId = index.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        // With confirmation tracking on, this returns once the broker confirmed the message (and throws on a nack).
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, payload, ct);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
