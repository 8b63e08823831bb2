using System.Net;
using AgentSoar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// The endpoint guard (ADR 0016) on real endpoints: the services' connections are cut while the broker refuses them
/// the right to declare their queues, so every endpoint stays down; with the guard's limit at 5 s (below MassTransit's
/// own pauses between reconnects) the guard, not MassTransit, stops and starts them, and once the right is back every
/// alert posted afterwards runs once. What MassTransit does when it gives up on an endpoint cannot be caused on
/// purpose from outside; the unit tests of the guard cover that path.
/// </summary>
public sealed class EndpointRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EndpointsDownLongerThanTheLimit_AreStartedAgainByTheGuardAndAlertsRunOnce()
    {
        var node = Environment.GetEnvironmentVariable("AGENTSOAR_TEST_RABBITMQ_NODE")
            ?? throw new InvalidOperationException("AGENTSOAR_TEST_RABBITMQ_NODE is not set; scripts/test.sh sets it");
        using var playbooks = FaultPlaybooks.Write();
        var environment = new Dictionary<string, string>(playbooks.Environment) { ["AgentSoar__Bus__EndpointRestartAfter"] = "00:00:05" };
        await using var deployment = await DistributedDeployment.StartAsync(new DistributedOptions { Environment = environment });
        var services = deployment.HealthUrls.Keys.ToList();
        await ServiceHealth.WaitForAsync(deployment, services, HttpStatusCode.OK, TimeSpan.FromSeconds(30), deployment.Diagnostics);

        Task Rabbit(params string[] args) => ServerCommand.RunAsync("rabbitmqctl", ["-n", node, .. args], TimeSpan.FromSeconds(60));
        await Rabbit("set_permissions", "-p", deployment.VirtualHost, "guest", "^$", ".*", ".*");
        await Rabbit("close_all_connections", "-p", deployment.VirtualHost, "fault test: queues may not be declared");
        await Task.Delay(TimeSpan.FromSeconds(15));
        await Rabbit("set_permissions", "-p", deployment.VirtualHost, "guest", ".*", ".*", ".*");
        await ServiceHealth.WaitForAsync(deployment, services, HttpStatusCode.OK, TimeSpan.FromSeconds(60), deployment.Diagnostics);

        var alerts = await FaultLoad.PostAlertsAsync(deployment, 5);
        await AcceptedAlerts.AssertEachRanOnceAsync(deployment, alerts, TimeSpan.FromSeconds(120));
        var restarted = deployment.CoordinatorProcess().Lines.Where(l => l.Contains("starting it again", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join(Environment.NewLine, restarted));
        Assert.Contains(restarted, l => l.Contains("/agentsoar-action-completed ", StringComparison.Ordinal));
    }
}
