using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AgentSoar.Benchmarks.Measuring;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// Alerts through the all-in-one service (in-memory bus, SQLite), the rules planner choosing the
/// benchmark's playbook, one no-op simulated action, no approval: alerts/s at saturation, alert-to-action
/// latency at a tenth of that rate, CPU per alert and the peak memory of the process.
/// </summary>
internal sealed class AllInOneBenchmark(AllInOneService service, TimeProvider clock, TextWriter log)
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    public async Task<PipelineResult> RunAsync(PipelineSettings settings, CancellationToken ct)
    {
        if (settings.SaturationAlerts > PipelineSettings.MaxAlertsPerPhase || settings.LatencyAlerts > PipelineSettings.MaxAlertsPerPhase)
        {
            throw new ArgumentException($"At most {PipelineSettings.MaxAlertsPerPhase} alerts per phase: completed runs are counted through GET /runs, which lists at most that many.");
        }

        using var api = new PipelineApi(service, settings.Posters);
        var poster = new AlertPoster(api, clock);
        var warmUp = await poster.PostAllAsync(settings.WarmUpAlerts, 1, i => BenchAlerts.Numbered(0, i), ct);
        await WaitForRunsAsync(api, warmUp.Since, settings.WarmUpAlerts, ct);

        log.WriteLine($"  all-in-one: {settings.SaturationAlerts} alerts at once");
        var cpu = new CpuMeter(service.Pid.ToString(CultureInfo.InvariantCulture));
        cpu.Start();
        var saturation = await poster.PostAllAsync(settings.SaturationAlerts, settings.Posters, i => BenchAlerts.Numbered(1, i), ct);
        var saturationRuns = await WaitForRunsAsync(api, saturation.Since, settings.SaturationAlerts, ct);
        var cpuPerAlert = cpu.Stop(settings.SaturationAlerts);
        var lastFinished = saturationRuns.Max(r => r.GetProperty("updated_at").GetDateTimeOffset());
        var elapsed = Math.Max((lastFinished - saturation.Since).TotalSeconds, 0.001);
        var alertsPerSecond = settings.SaturationAlerts / elapsed;
        var (saturationCounts, _) = await CheckAsync(api, saturation.Alerts, ct);

        // A tenth of the saturation rate (the issue's latency condition), one alert at a time; at least
        // two a second, so that a slow machine (a CI runner) still finishes the smoke sizes in seconds.
        var rate = Math.Max(alertsPerSecond / 10, 2);
        log.WriteLine($"  all-in-one: {settings.LatencyAlerts} alerts at {rate:0.#}/s");
        var paced = await poster.PostPacedAsync(settings.LatencyAlerts, rate, i => BenchAlerts.Numbered(2, i), ct);
        await WaitForRunsAsync(api, paced.Since, settings.LatencyAlerts, ct);
        var (latencyCounts, runs) = await CheckAsync(api, paced.Alerts, ct);
        var latencies = paced.Alerts
            .Where(a => runs.ContainsKey(a.AlertId))
            .Select(a => (StepFinished(runs[a.AlertId]) - a.PostedAt).TotalMilliseconds)
            .ToList();

        return new PipelineResult(
            "all-in-one",
            settings.SaturationAlerts,
            Math.Round(elapsed, 3),
            Math.Round(alertsPerSecond, 1),
            cpuPerAlert is { } c ? Math.Round(c, 1) : null,
            Math.Round(rate, 2),
            Percentiles.Of(latencies),
            ProcStat.PeakRssBytes(service.Pid),
            saturationCounts,
            latencyCounts,
            settings);
    }

    /// <summary>Polls until <paramref name="expected"/> runs created since <paramref name="since"/> have finished; fails when nothing moves for a minute.</summary>
    private async Task<IReadOnlyList<JsonElement>> WaitForRunsAsync(PipelineApi api, DateTimeOffset since, int expected, CancellationToken ct)
    {
        var stalled = Stopwatch.StartNew();
        var seen = -1;
        while (true)
        {
            var finished = await api.FinishedRunsSinceAsync(since, ct);
            if (finished.Count >= expected)
            {
                return finished;
            }

            if (finished.Count != seen)
            {
                seen = finished.Count;
                stalled.Restart();
            }
            else if (stalled.Elapsed > StallLimit)
            {
                throw new TimeoutException($"Only {seen} of {expected} runs finished, and none for {StallLimit.TotalSeconds:0} s:{Environment.NewLine}{service.Output}");
            }

            await Task.Delay(250, ct);
        }
    }

    /// <summary>Alert by alert: its own incident, exactly one run there, and that run succeeded.</summary>
    private static async Task<(PipelineCounts Counts, Dictionary<string, JsonElement> RunByAlert)> CheckAsync(PipelineApi api, IReadOnlyList<PostedAlert> alerts, CancellationToken ct)
    {
        var problems = new List<string>();
        var incidents = new HashSet<string>(StringComparer.Ordinal);
        var runByAlert = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var succeeded = 0;
        var other = 0;
        foreach (var alert in alerts)
        {
            var (incident, duplicate) = await api.IncidentOfAsync(alert.AlertId, ct);
            if (incident is null || duplicate || !incidents.Add(incident))
            {
                problems.Add($"alert {alert.AlertId}: {(incident is null ? "not recorded" : duplicate ? "folded in as a duplicate" : "shares incident " + incident)}");
                continue;
            }

            var runs = await api.RunsOfIncidentAsync(incident, ct);
            succeeded += runs.Count(r => r.GetProperty("status").GetString() == "succeeded");
            other += runs.Count(r => r.GetProperty("status").GetString() != "succeeded");
            if (runs.Count != 1 || runs[0].GetProperty("status").GetString() != "succeeded")
            {
                problems.Add($"alert {alert.AlertId}: {runs.Count} runs ({string.Join(", ", runs.Select(r => r.GetProperty("status").GetString()))})");
                continue;
            }

            runByAlert[alert.AlertId] = runs[0];
        }

        var exact = problems.Count == 0 && succeeded == alerts.Count && other == 0;
        return (new PipelineCounts(alerts.Count, alerts.Count, incidents.Count, succeeded, other, exact, problems.Take(20).ToList()), runByAlert);
    }

    /// <summary>When the run's action step finished: the moment the action's result was recorded.</summary>
    private static DateTimeOffset StepFinished(JsonElement run) =>
        run.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("id").GetString() == "lookup").GetProperty("finished_at").GetDateTimeOffset();
}
