using AgentSoar.Benchmarks.Measuring;
using AgentSoar.Benchmarks.Pipeline;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>The distributed mode's storm, containment race and approval path.</summary>
internal sealed class DistributedPhases(DistributedServices services, BenchActuator actuator, AlertPoster poster, PipelineStore store, RunWaiter runs, TimeProvider clock, TextWriter log)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];

    /// <summary>Every alert posted at once; drained when the last run finished. Counted in the database, alert by alert.</summary>
    public async Task<StormResult> StormAsync(DistributedSettings settings, CancellationToken ct)
    {
        log.WriteLine($"  distributed: storm of {settings.StormAlerts} alerts");
        var storm = await poster.PostAllAsync(settings.StormAlerts, settings.StormPosters, i => BenchAlerts.Numbered(13, i), ct);
        var posting = clock.GetUtcNow() - storm.Since;
        var drained = await runs.FinishedAsync(storm.Since, settings.StormAlerts, TimeSpan.FromSeconds(1), ct);
        var (counts, _) = await store.CheckAsync(storm.Ids, "lookup", ct);
        var memory = services.Processes.ToDictionary(p => p.Name.Replace("AgentSoar.", string.Empty, StringComparison.Ordinal), p => ProcStat.PeakRssBytes(p.Pid), StringComparer.Ordinal);
        return new StormResult(settings.StormAlerts, Math.Round(posting.TotalSeconds, 3), Math.Round((drained - storm.Since).TotalSeconds, 3), memory, counts);
    }

    /// <summary>Alert posted → host contained (the contain step finished, the actuator having taken its delay), one alert at a time.</summary>
    public async Task<RaceResult> ContainmentAsync(DistributedSettings settings, CancellationToken ct)
    {
        log.WriteLine($"  distributed: containment race, {settings.ContainmentAlerts} alerts at {settings.RacePerSecond:0.#}/s, actuator {settings.ActuatorDelayMs} ms");
        await WarmUpAsync("Benchmark containment", BenchAlerts.HostName("c", _run, -1), approve: false, ct);
        var hosts = Enumerable.Range(0, settings.ContainmentAlerts).Select(i => BenchAlerts.HostName("c", _run, i)).ToList();
        var posted = await poster.PostPacedAsync(settings.ContainmentAlerts, settings.RacePerSecond, i => BenchAlerts.ForHost("Benchmark containment", hosts[i]), ct);
        await runs.FinishedAsync(posted.Since, settings.ContainmentAlerts, TimeSpan.FromMilliseconds(250), ct);
        var (counts, steps) = await store.CheckAsync(posted.Ids, "contain", ct);
        var latencies = posted.Alerts.Where(a => steps.ContainsKey(a.AlertId)).Select(a => (steps[a.AlertId] - a.PostedAt).TotalMilliseconds).ToList();
        return new RaceResult(settings.ContainmentAlerts, Percentiles.Of(latencies), null, hosts.Count(h => actuator.Calls(h) != 1), counts);
    }

    /// <summary>
    /// Each alert's run waits for one approval; the benchmark approves them one at a time through the API
    /// and times each from just before its POST to the approved command's arrival at the actuator (and,
    /// from the audit trail, to the moment the Coordinator dispatched the action).
    /// </summary>
    public async Task<RaceResult> ApprovalAsync(DistributedSettings settings, CancellationToken ct)
    {
        log.WriteLine($"  distributed: approval path, {settings.ApprovalAlerts} approvals");
        await WarmUpAsync("Benchmark approval", BenchAlerts.HostName("a", _run, -1), approve: true, ct);
        var hosts = Enumerable.Range(0, settings.ApprovalAlerts).Select(i => BenchAlerts.HostName("a", _run, i)).ToList();
        var posted = await poster.PostPacedAsync(settings.ApprovalAlerts, settings.RacePerSecond * 4, i => BenchAlerts.ForHost("Benchmark approval", hosts[i]), ct);
        var hostOf = posted.Alerts.ToDictionary(a => a.AlertId, a => hosts[a.Index], StringComparer.OrdinalIgnoreCase);
        var pending = await PendingAsync(hostOf, ct);

        var decidedAt = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var latencies = new List<double>();
        foreach (var approval in pending)
        {
            var host = hostOf[approval.AlertId];
            var arrival = actuator.ArrivalAsync(host);
            var start = clock.GetUtcNow();
            await poster.Api.ApproveAsync(approval.Id, approval.ActionHash, ct);
            var arrived = await arrival.WaitAsync(TimeSpan.FromSeconds(30), ct);
            decidedAt[approval.AlertId] = start;
            latencies.Add((arrived - start).TotalMilliseconds);
        }

        await runs.FinishedAsync(posted.Since, settings.ApprovalAlerts, TimeSpan.FromMilliseconds(250), ct);
        var (counts, _) = await store.CheckAsync(posted.Ids, "contain", ct);
        var dispatched = await store.DispatchedAtAsync(posted.Ids, ct);
        var dispatch = decidedAt.Where(d => dispatched.ContainsKey(d.Key)).Select(d => (dispatched[d.Key] - d.Value).TotalMilliseconds).ToList();
        return new RaceResult(settings.ApprovalAlerts, Percentiles.Of(latencies), Percentiles.Of(dispatch), hosts.Count(h => actuator.Calls(h) != 1), counts);
    }

    /// <summary>
    /// One alert through the same path first, not counted (as the raw baseline's first round trips are not):
    /// the first use of a path in each service (its code compiled, its connections opened) is not what is measured.
    /// </summary>
    private async Task WarmUpAsync(string title, string host, bool approve, CancellationToken ct)
    {
        var posted = await poster.PostPacedAsync(1, 1, _ => BenchAlerts.ForHost(title, host), ct);
        if (approve)
        {
            var approval = (await PendingAsync(new Dictionary<string, string> { [posted.Alerts[0].AlertId] = host }, ct))[0];
            await poster.Api.ApproveAsync(approval.Id, approval.ActionHash, ct);
        }

        await runs.FinishedAsync(posted.Since, 1, TimeSpan.FromMilliseconds(100), ct);
    }

    /// <summary>Waits until every alert of the phase has an approval waiting; fails after a minute without one more.</summary>
    private async Task<IReadOnlyList<PendingApproval>> PendingAsync(IReadOnlyDictionary<string, string> hostOf, CancellationToken ct)
    {
        var seen = -1;
        var stalled = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var pending = (await store.PendingApprovalsAsync(ct)).Where(p => hostOf.ContainsKey(p.AlertId)).ToList();
            if (pending.Count >= hostOf.Count)
            {
                return pending;
            }

            if (pending.Count != seen)
            {
                seen = pending.Count;
                stalled.Restart();
            }
            else if (stalled.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Only {seen} of {hostOf.Count} approvals were asked for:{Environment.NewLine}{services.Output}");
            }

            await Task.Delay(250, ct);
        }
    }
}
