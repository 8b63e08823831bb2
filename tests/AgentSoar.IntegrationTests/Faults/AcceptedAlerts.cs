using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>The promise of the outage tests: every alert the API accepted ends in an incident of its own with one succeeded run.</summary>
public static class AcceptedAlerts
{
    public static async Task AssertEachRanOnceAsync(Deployment deployment, IReadOnlyList<string> alertIds, TimeSpan timeout)
    {
        var runs = await FaultLoad.WaitForRunsAsync(deployment, alertIds, timeout);
        Assert.Equal(alertIds.Count, runs.Select(r => r.IncidentId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(alertIds.Count, runs.Count);
        Assert.All(runs, r => Assert.True(r.Status == "succeeded", $"run {r.Id} of incident {r.IncidentId} ended {r.Status}: {r.View}"));
    }
}
