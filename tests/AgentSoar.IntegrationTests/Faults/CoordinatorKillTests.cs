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

        // Alerts keep arriving through the kill (the API hands them to the broker, not to the Coordinator), as a
        // stream of at least 8 s: a burst can be done before a busy machine notices it has begun, and then
        // nothing is in flight when the Coordinator dies.
        var posting = FaultLoad.PostAlertsAsync(deployment, Alerts, parallel: 1, interval: TimeSpan.FromMilliseconds(200));
        // A quarter of the incidents are open and the first actions have landed: the burst is at every stage, from
        // intake to a result on its way back, and the planner goes on proposing while the Coordinator is gone, so
        // the restarted one finds plans waiting (which it once gated before it knew the connectors' risks).
        await Eventually.GetAsync("a quarter of the incidents and the first actions", async () =>
            await FaultAudit.CountIncidentsAsync(deployment.DatabaseConnectionString) >= Alerts / 4 && !deployment.Sink.Requests.IsEmpty ? "some" : null,
            diagnostics: deployment.Diagnostics);
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
