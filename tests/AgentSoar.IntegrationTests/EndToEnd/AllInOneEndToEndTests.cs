using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.EndToEnd;

public sealed class AllInOneEndToEndTests
{
    [Fact]
    public async Task Alert_ThroughApprovals_CompletesWithOneWebhookCall()
    {
        await using var deployment = await AllInOneDeployment.StartAsync();

        await EndToEndScenario.RunAsync(deployment);
    }
}
