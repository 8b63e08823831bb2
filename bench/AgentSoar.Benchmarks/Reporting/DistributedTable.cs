using System.Text;
using AgentSoar.Benchmarks.Distributed;
using static AgentSoar.Benchmarks.Reporting.ReportWriter;

namespace AgentSoar.Benchmarks.Reporting;

/// <summary>The distributed mode's lines of the table: H, CPU by process, storm, races, and the targets.</summary>
internal static class DistributedTable
{
    public static void Append(StringBuilder text, DistributedResult d, Ratios? ratios)
    {
        text.AppendLine(d.H is { } h
            ? Invariant($"H, broker messages per alert (saturation, {h.Source}): {h.Published:0.00} published, {h.Routed:0.00} routed, {h.Delivered:0.00} delivered")
            : "H, broker messages per alert: not measured (the broker's counters could not be read: rabbitmqctl and the node's name are needed)");
        text.AppendLine(Invariant($"Database work per alert (saturation, pg_stat_database): {d.Database.Commits:0.0} transactions, {d.Database.RowsInserted:0.0} rows inserted, {d.Database.RowsUpdated:0.0} updated, {d.Database.RowsDeleted:0.0} deleted"));
        text.AppendLine("  rows written per alert by table: " + string.Join(", ", d.Database.RowsWrittenByTable.Select(t => Invariant($"{t.Key} {t.Value:0.##}"))));
        if (d.CpuUsPerAlertByProcess.TryGetValue("total", out var total))
        {
            text.AppendLine(Invariant($"CPU busy at saturation: {total * d.Pipeline.AlertsPerSecond / 1e6:0.00} cores of {Environment.ProcessorCount} (these processes, not the benchmark's own)"));
        }

        text.AppendLine("CPU µs per alert by process: " + string.Join(", ", d.CpuUsPerAlertByProcess.Select(c => Invariant($"{c.Key} {c.Value:0}"))));
        if (d.Storm is { } s)
        {
            text.AppendLine(Invariant($"Storm: {s.Alerts} alerts posted in {s.PostingSeconds:0.0} s, drained in {s.DrainSeconds:0.0} s, exact {s.Counts.Exact}"));
            text.AppendLine("  peak RSS MiB: " + string.Join(", ", s.PeakRssBytes.Select(m => Invariant($"{m.Key} {(m.Value ?? 0) / (1024.0 * 1024):0}"))));
            Problems(text, s.Counts.Problems);
        }

        if (d.Containment is { } c)
        {
            text.AppendLine(Invariant($"Containment race (alert → host contained, actuator {d.Settings.ActuatorDelayMs} ms): {c.Alerts} alerts, p50 {c.Latency.P50Ms:0.0} ms, p99 {c.Latency.P99Ms:0.0} ms, exact {c.CountsExact}"));
            Problems(text, c.Counts.Problems);
        }

        if (d.Approval is { } a)
        {
            text.AppendLine(Invariant($"Approval path (decision posted → command at the actuator): {a.Alerts} approvals, p50 {a.Latency.P50Ms:0.0} ms, p99 {a.Latency.P99Ms:0.0} ms; to action_dispatched in the audit trail p50 {a.CoordinatorDispatch?.P50Ms:0.0} ms, p99 {a.CoordinatorDispatch?.P99Ms:0.0} ms; exact {a.CountsExact}"));
            Problems(text, a.Counts.Problems);
        }

        if (ratios is not null)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"Targets (divisor: the raw {ratios.Baseline} queue; H = {ratios.H?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"})"));
            foreach (var t in ratios.Targets)
            {
                var verdict = t.Met switch { true => "met", false => "MISSED", null => "n/a" };
                text.AppendLine(Invariant($"  {t.Name,-66} {Number(t.Value),10} {t.Unit,-3} {(t.AtLeast ? "≥" : "≤")} {Number(t.Limit),-9} {verdict}"));
            }
        }

        text.AppendLine();
    }

    private static void Problems(StringBuilder text, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            text.AppendLine("  ! " + problem);
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
