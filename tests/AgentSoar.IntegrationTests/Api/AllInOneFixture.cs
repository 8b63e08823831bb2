using AgentSoar.IntegrationTests.Infrastructure;

namespace AgentSoar.IntegrationTests.Api;

/// <summary>One all-in-one process shared by the API tests of a class.</summary>
public sealed class AllInOneFixture : IAsyncLifetime
{
    public AllInOneDeployment Deployment { get; private set; } = null!;

    public async Task InitializeAsync() => Deployment = await AllInOneDeployment.StartAsync();

    public async Task DisposeAsync() => await Deployment.DisposeAsync();
}
