namespace AgentSoar.Benchmarks.Raw;

/// <summary>
/// How the raw baseline drives RabbitMQ (docs/decisions/0012-benchmark-and-broker-settings.md):
/// persistent messages to a durable queue, publisher confirms with at most
/// <see cref="OutstandingConfirms"/> unconfirmed, a consumer on its own connection acking each
/// message, with <see cref="Prefetch"/> unacknowledged at most.
/// </summary>
internal sealed record RawSettings(int Messages, int RoundTrips, int PayloadBytes = 1024, int OutstandingConfirms = 256, ushort Prefetch = 256)
{
    /// <summary>Round trips run first and not counted: connections, JIT and the queue's first segment warm up.</summary>
    public int WarmUpRoundTrips => Math.Min(100, Math.Max(5, RoundTrips / 10));
}
