using AgentSoar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>Kill -9 of the Coordinator while a burst of runs is going: after the restart each run finishes, each action done once.</summary>
public sealed class CoordinatorKillTests(ITestOutputHelper output)
{
    private const int Alerts = 40;

    [Fact]
    public async Task CoordinatorKilledUnderLoad_EveryRunSucceedsAndEachActionRunsOnce()
    {
        using var playbooks = FaultPlaybooks.Write();
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Environment = playbooks.Environment });

        // Alerts keep arriving through the kill (the API hands them to the broker, not to the Coordinator).
        var posting = FaultLoad.PostAlertsAsync(deployment, Alerts, parallel: 4);
        // The first actions have landed: the burst is now at every stage, from intake to a result on its way back.
        await Eventually.GetAsync("the first actions to reach the sink", () => Task.FromResult(deployment.Sink.Requests.Count >= 3 ? "some" : null), diagnostics: deployment.Diagnostics);
        deployment.KillCoordinator();
        var doneAtKill = deployment.Sink.Requests.Count;
        Assert.True(doneAtKill < Alerts, $"all {Alerts} actions had run before the kill: nothing was in flight");
        output.WriteLine($"Coordinator killed with {doneAtKill} of {Alerts} actions done");

        var alertIds = await posting;
        await deployment.RestartCoordinatorAsync();
        var runs = await FaultLoad.WaitForRunsAsync(deployment, alertIds, TimeSpan.FromSeconds(60));

        await FaultAssert.EachRunSucceededOnceAsync(deployment, alertIds, runs);
    }
}
