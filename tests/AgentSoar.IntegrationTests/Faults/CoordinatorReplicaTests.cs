using System.Text.RegularExpressions;
using AgentSoar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>Two Coordinator replicas on one database and one broker: they share a burst, and no step is applied twice.</summary>
public sealed partial class CoordinatorReplicaTests(ITestOutputHelper output)
{
    private const int Alerts = 40;

    [Fact]
    public async Task TwoCoordinators_BurstOfAlerts_BothStartRunsAndEachActionRunsOnce()
    {
        using var playbooks = FaultPlaybooks.Write();
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Coordinators = 2, Environment = playbooks.Environment });

        var alertIds = await FaultLoad.PostAlertsAsync(deployment, Alerts);
        var runs = await FaultLoad.WaitForRunsAsync(deployment, alertIds, TimeSpan.FromSeconds(60));

        await FaultAssert.EachRunSucceededOnceAsync(deployment, alertIds, runs);
        // Each replica logs the runs it starts (it took the plan off the shared queue): both took some,
        // and together they started each run exactly once.
        var first = RunsStartedBy(deployment.CoordinatorProcess(0));
        var second = RunsStartedBy(deployment.CoordinatorProcess(1));
        output.WriteLine($"runs started: replica 0 {first.Count}, replica 1 {second.Count}");
        Assert.True(first.Count > 0 && second.Count > 0, $"runs started: replica 0 {first.Count}, replica 1 {second.Count}");
        Assert.Empty(first.Intersect(second));
        Assert.Equal(runs.Select(r => r.Id).Order(StringComparer.Ordinal), first.Concat(second).Order(StringComparer.Ordinal));
    }

    private static List<string> RunsStartedBy(ServiceProcess coordinator) =>
        coordinator.Lines.Select(line => RunStarted().Match(line)).Where(m => m.Success).Select(m => m.Groups["run"].Value).ToList();

    [GeneratedRegex($@"Run (?<run>[0-9a-f-]{{36}}) of playbook {FaultPlaybooks.PlaybookId} started by")]
    private static partial Regex RunStarted();
}
