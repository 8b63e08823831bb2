using AgentSoar.Benchmarks.Measuring;

namespace AgentSoar.Benchmarks.Raw;

/// <summary>The raw baseline for one queue type.</summary>
internal sealed record RawResult(
    string QueueType,
    int Messages,
    int Confirmed,
    int Consumed,
    int Duplicates,
    long LeftInQueue,
    double ElapsedSeconds,
    double MessagesPerSecond,
    double? ClientCpuUsPerMessage,
    double? BrokerCpuUsPerMessage,
    Percentiles RoundTrip,
    RawSettings Settings)
{
    /// <summary>Every message published was confirmed and consumed exactly once, and none is left.</summary>
    public bool CountsExact => Confirmed == Messages && Consumed == Messages && Duplicates == 0 && LeftInQueue == 0;
}
