using AgentSoar.Benchmarks.Distributed;
using AgentSoar.Benchmarks.Raw;

namespace AgentSoar.Benchmarks.Reporting;

/// <summary>
/// One of the targets: the figure measured, the limit, and whether it holds. <c>AtLeast</c> is
/// true when the figure must be at least the limit, false when at most.
/// </summary>
internal sealed record Target(string Name, double? Value, double? Limit, bool AtLeast, string Unit)
{
    public bool? Met => Value is { } v && Limit is { } l && !double.IsNaN(v) ? (AtLeast ? v >= l : v <= l) : null;
}

/// <summary>
/// The ratios: the distributed pipeline divided by the raw baseline scaled by H, the broker
/// messages one alert causes. The divisor is the classic queue's baseline, the kind of queue
/// MassTransit declares (decision 0012). Null figures mean a part was not measured (no H without the
/// broker's counters, no CPU without /proc).
/// </summary>
internal sealed record Ratios(string Baseline, double? H, IReadOnlyList<Target> Targets)
{
    public static Ratios? Of(IReadOnlyList<RawResult> raw, DistributedResult? distributed)
    {
        var baseline = raw.FirstOrDefault(r => r.QueueType == "classic");
        if (baseline is null || distributed is null)
        {
            return null;
        }

        var pipeline = distributed.Pipeline;
        var h = distributed.H?.Published;
        var rawCpu = baseline.ClientCpuUsPerMessage + baseline.BrokerCpuUsPerMessage;
        var targets = new List<Target>
        {
            new("pipeline efficiency (alerts/s × H ÷ raw msg/s)", Round(pipeline.AlertsPerSecond * h / baseline.MessagesPerSecond), 0.5, true, string.Empty),
            new("latency ratio p50 (p50 ÷ (H × raw rtt p50))", Round(pipeline.AlertToAction.P50Ms / (h * baseline.RoundTrip.P50Ms)), 2, false, string.Empty),
            new("latency ratio p99 (p99 ÷ (H × raw rtt p99))", Round(pipeline.AlertToAction.P99Ms / (h * baseline.RoundTrip.P99Ms)), 3, false, string.Empty),
            new("CPU ratio (CPU per alert ÷ (H × raw CPU per message))", Round(pipeline.CpuUsPerAlert / (h * rawCpu)), 2.5, false, string.Empty),
        };
        if (distributed.Storm is { } storm)
        {
            targets.Add(new($"storm drain ({storm.Alerts} alerts; limit 2.5 × alerts × H ÷ raw msg/s)", storm.DrainSeconds, Round(2.5 * storm.Alerts * h / baseline.MessagesPerSecond), false, "s"));
            targets.Add(new("storm: nothing lost, each run exactly once (1 = yes)", storm.Counts.Exact ? 1 : 0, 1, true, string.Empty));
            targets.Add(new("storm: largest service peak memory", storm.PeakRssBytes.Values.Max() / (1024.0 * 1024), 1024, false, "MiB"));
        }

        if (distributed.Containment is { } containment)
        {
            targets.Add(new($"containment p99 (actuator {distributed.Settings.ActuatorDelayMs} ms)", containment.Latency.P99Ms, 540, false, "ms"));
        }

        if (distributed.Approval is { } approval)
        {
            targets.Add(new("approval path p99 (limit 3 × raw rtt p99)", approval.Latency.P99Ms, Round(3 * baseline.RoundTrip.P99Ms), false, "ms"));
        }

        return new Ratios("classic", h, targets);
    }

    private static double? Round(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? Math.Round(v, 3) : null;
}
