using System.Globalization;
using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// Alerts through the distributed mode (four services, RabbitMQ, PostgreSQL), the rules planner choosing
/// the benchmark's playbook, one no-op simulated action, no approval: alerts/s at saturation, alert-to-action
/// latency at a tenth of that rate, the CPU per alert of every process involved (the four services, the
/// broker, PostgreSQL) and H, the broker messages per alert, from the broker's own counters. Then the
/// storm, the containment race and the approval path (<see cref="DistributedPhases"/>).
/// </summary>
internal sealed class DistributedBenchmark(DistributedServices services, BenchActuator actuator, int? brokerPid, int? postgresPid, BrokerCounters? counters, TimeProvider clock, TextWriter log)
{
    public async Task<DistributedResult> RunAsync(DistributedSettings settings, CancellationToken ct)
    {
        using var api = new PipelineApi(services, Math.Max(settings.Posters, settings.StormPosters));
        var poster = new AlertPoster(api, clock);
        var store = new PipelineStore(services.DatabaseConnectionString);
        var runs = new RunWaiter(store, services);
        var poll = TimeSpan.FromMilliseconds(250);

        var warmUp = await poster.PostAllAsync(settings.WarmUpAlerts, 1, i => BenchAlerts.Numbered(10, i), ct);
        await runs.FinishedAsync(warmUp.Since, settings.WarmUpAlerts, poll, ct);

        log.WriteLine($"  distributed: {settings.SaturationAlerts} alerts at once");
        var cpu = new ProcessGroupCpu(ProcessesToMeter(), postgresPid, "postgres");
        var before = await ReadCountersAsync(ct);
        var databaseBefore = await store.ReadStatsAsync(ct);
        cpu.Start();
        var saturation = await poster.PostAllAsync(settings.SaturationAlerts, settings.Posters, i => BenchAlerts.Numbered(11, i), ct);
        var lastFinished = await runs.FinishedAsync(saturation.Since, settings.SaturationAlerts, poll, ct);
        var cpuPerAlert = cpu.Stop(settings.SaturationAlerts);
        await Task.Delay(TimeSpan.FromSeconds(settings.DatabaseSettleSeconds), ct);
        var database = DatabasePerAlert(await store.ReadStatsAsync(ct) - databaseBefore, settings.SaturationAlerts);
        var h = before is not null && await ReadCountersAsync(ct) is { } after ? PerAlert(after - before, settings.SaturationAlerts, counters!.Node) : null;
        var elapsed = Math.Max((lastFinished - saturation.Since).TotalSeconds, 0.001);
        var alertsPerSecond = settings.SaturationAlerts / elapsed;
        var (saturationCounts, _) = await store.CheckAsync(saturation.Ids, "lookup", ct);

        var rate = Math.Max(alertsPerSecond / 10, 2);
        log.WriteLine($"  distributed: {settings.LatencyAlerts} alerts at {rate:0.#}/s");
        var paced = await poster.PostPacedAsync(settings.LatencyAlerts, rate, i => BenchAlerts.Numbered(12, i), ct);
        await runs.FinishedAsync(paced.Since, settings.LatencyAlerts, poll, ct);
        var (latencyCounts, steps) = await store.CheckAsync(paced.Ids, "lookup", ct);
        var latencies = paced.Alerts.Where(a => steps.ContainsKey(a.AlertId)).Select(a => (steps[a.AlertId] - a.PostedAt).TotalMilliseconds).ToList();

        var pipeline = new PipelineResult(
            "distributed",
            settings.SaturationAlerts,
            Math.Round(elapsed, 3),
            Math.Round(alertsPerSecond, 1),
            cpuPerAlert.GetValueOrDefault("total"),
            Math.Round(rate, 2),
            Percentiles.Of(latencies),
            services.Processes.Max(p => ProcStat.PeakRssBytes(p.Pid)),
            saturationCounts,
            latencyCounts,
            new PipelineSettings(settings.SaturationAlerts, settings.LatencyAlerts, settings.WarmUpAlerts, settings.Posters));

        var phases = new DistributedPhases(services, actuator, poster, store, runs, clock, log);
        var storm = settings.StormAlerts > 0 ? await phases.StormAsync(settings, ct) : null;
        var containment = settings.ContainmentAlerts > 0 ? await phases.ContainmentAsync(settings, ct) : null;
        var approval = settings.ApprovalAlerts > 0 ? await phases.ApprovalAsync(settings, ct) : null;
        return new DistributedResult(pipeline, h, database, cpuPerAlert, storm, containment, approval, settings);
    }

    /// <summary>The broker's counters, or null (H is then not reported) when they cannot be read here.</summary>
    private async Task<BrokerCount?> ReadCountersAsync(CancellationToken ct)
    {
        if (counters is null)
        {
            return null;
        }

        try
        {
            return await counters.ReadAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"  distributed: the broker's counters could not be read, so H is not measured: {ex.Message}");
            return null;
        }
    }

    private Dictionary<string, int> ProcessesToMeter()
    {
        var processes = services.Processes.ToDictionary(p => p.Name.Replace("AgentSoar.", string.Empty, StringComparison.Ordinal), p => p.Pid, StringComparer.Ordinal);
        if (brokerPid is { } broker)
        {
            processes["rabbitmq"] = broker;
        }

        return processes;
    }

    private static DatabaseWorkPerAlert DatabasePerAlert(DatabaseCount during, int alerts) =>
        new(Math.Round((double)during.Commits / alerts, 2), Math.Round((double)during.Inserted / alerts, 2), Math.Round((double)during.Updated / alerts, 2), Math.Round((double)during.Deleted / alerts, 2),
            during.WritesByTable.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ToDictionary(t => t.Key, t => Math.Round((double)t.Value / alerts, 2), StringComparer.Ordinal));

    private static BrokerMessagesPerAlert PerAlert(BrokerCount during, int alerts, string node) =>
        new(Math.Round((double)during.Published / alerts, 2), Math.Round((double)during.Routed / alerts, 2), Math.Round((double)during.Delivered / alerts, 2),
            during.Published, string.Create(CultureInfo.InvariantCulture, $"rabbit_global_counters on {node}"));
}
