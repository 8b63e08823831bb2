using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSoar.Benchmarks.Reporting;

/// <summary>The report as a table for the terminal and as JSON for tools and docs/performance.md.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task WriteJsonAsync(BenchReport report, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json) + Environment.NewLine, ct);
    }

    public static string Table(BenchReport report)
    {
        var m = report.Machine;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Machine: {m.Cores} cores, {m.CpuModel}, {m.MemoryBytes / (1024.0 * 1024 * 1024):0.0} GiB, {m.Runtime}"));
        if (report.Broker is { } b)
        {
            text.AppendLine(Invariant($"Broker:  RabbitMQ {b.Version ?? "?"} at {b.Endpoint}, CPU from pid {b.Pid?.ToString(CultureInfo.InvariantCulture) ?? "(not found)"} {b.ProcessName}"));
        }

        text.AppendLine();
        if (report.Raw.Count > 0)
        {
            text.AppendLine("Raw RabbitMQ (confirms, durable queue, persistent messages)");
            text.AppendLine("queue    messages   msg/s      rtt p50 ms  rtt p99 ms  client µs/msg  broker µs/msg  exact");
            foreach (var r in report.Raw)
            {
                text.AppendLine(Invariant($"{r.QueueType,-8} {r.Messages,-10} {r.MessagesPerSecond,-10:0} {r.RoundTrip.P50Ms,-11:0.000} {r.RoundTrip.P99Ms,-11:0.000} {Cpu(r.ClientCpuUsPerMessage),-14} {Cpu(r.BrokerCpuUsPerMessage),-14} {r.CountsExact}"));
            }

            text.AppendLine();
        }

        foreach (var p in report.Pipelines.Append(report.Distributed?.Pipeline).OfType<Pipeline.PipelineResult>())
        {
            text.AppendLine(Invariant($"Pipeline ({p.Mode}): alert → rules planner → one no-op action, no approval"));
            text.AppendLine("alerts   alerts/s   cpu µs/alert  latency at     p50 ms      p99 ms      peak RSS MiB  exact");
            text.AppendLine(Invariant($"{p.SaturationAlerts,-8} {p.AlertsPerSecond,-10:0.0} {Cpu(p.CpuUsPerAlert),-13} {p.LatencyRatePerSecond,-7:0.##}/s {"",-5} {p.AlertToAction.P50Ms,-11:0.0} {p.AlertToAction.P99Ms,-11:0.0} {(p.PeakRssBytes ?? 0) / (1024.0 * 1024),-13:0} {p.CountsExact}"));
            foreach (var problem in p.SaturationCounts.Problems.Concat(p.LatencyCounts.Problems))
            {
                text.AppendLine("  ! " + problem);
            }

            text.AppendLine();
        }

        if (report.Distributed is { } d)
        {
            DistributedTable.Append(text, d, report.Ratios);
        }

        text.AppendLine(report.CountsExact ? "All counts exact." : "COUNTS NOT EXACT: see above.");
        return text.ToString();
    }

    public static string Cpu(double? microseconds) => microseconds is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
