using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>What every fault test under load must end with: nothing lost, nothing done twice.</summary>
public static class FaultAssert
{
    /// <summary>
    /// One run per alert, each succeeded; the sink got exactly one call per run and per idempotency
    /// key; and the trail in the database holds one dispatch and one success per run.
    /// </summary>
    public static async Task EachRunSucceededOnceAsync(DistributedDeployment deployment, IReadOnlyList<string> alertIds, IReadOnlyList<FaultRun> runs)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(alertIds);
        ArgumentNullException.ThrowIfNull(runs);
        Assert.True(runs.Count == alertIds.Count, $"{runs.Count} runs for {alertIds.Count} alerts: {FaultLoad.Summary(runs)}");
        Assert.True(runs.All(r => r.Status == "succeeded"), $"not all succeeded: {FaultLoad.Summary(runs)}; {string.Join("; ", runs.Where(r => r.Status != "succeeded").Select(r => r.View.ToString()))}");
        Assert.Equal(runs.Count, runs.Select(r => r.IncidentId).Distinct().Count());

        var keys = deployment.Sink.CallsPerIdempotencyKey;
        Assert.Equal(0, deployment.Sink.CallsWithoutIdempotencyKey);
        Assert.True(keys.Count == runs.Count, $"{keys.Count} idempotency keys for {runs.Count} runs");
        Assert.True(keys.Values.All(n => n == 1), "called more than once: " + string.Join(", ", keys.Where(k => k.Value > 1).Select(k => $"{k.Key} x{k.Value}")));
        var perRun = FaultLoad.SinkCallsPerRun(deployment.Sink);
        Assert.Equal(runs.Select(r => r.Id).Order(StringComparer.Ordinal), perRun.Keys.Order(StringComparer.Ordinal));
        Assert.True(perRun.Values.All(n => n == 1), "runs that called more than once: " + string.Join(", ", perRun.Where(r => r.Value > 1).Select(r => $"{r.Key} x{r.Value}")));

        foreach (var kind in new[] { "action_dispatched", "action_succeeded", "run_finished" })
        {
            var counts = await FaultAudit.CountPerRunAsync(deployment.DatabaseConnectionString, kind);
            Assert.True(
                runs.All(r => counts.GetValueOrDefault(r.Id) == 1),
                $"{kind} not once per run: " + string.Join(", ", runs.Where(r => counts.GetValueOrDefault(r.Id) != 1).Select(r => $"{r.Id} x{counts.GetValueOrDefault(r.Id)}")));
        }
    }
}
