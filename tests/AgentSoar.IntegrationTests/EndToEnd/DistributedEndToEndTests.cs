using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.EndToEnd;

/// <summary>Four processes, real RabbitMQ and PostgreSQL.</summary>
public sealed class DistributedEndToEndTests
{
    [Fact]
    public async Task Alert_ThroughApprovals_CompletesWithOneWebhookCall()
    {
        await using var deployment = await DistributedDeployment.StartAsync();

        await EndToEndScenario.RunAsync(deployment);
    }

    [Fact]
    public async Task CoordinatorKilledWhileWaitingForApproval_ResumesAndCallsOnce()
    {
        await using var deployment = await DistributedDeployment.StartAsync();

        await EndToEndScenario.RunAsync(deployment, async () =>
        {
            deployment.KillCoordinator();
            await deployment.RestartCoordinatorAsync();
        });
    }
}
