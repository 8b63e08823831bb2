using AgentSoar.ConnectorHost.Tests.TestSupport;

namespace AgentSoar.ConnectorHost.Tests.Execution;

public sealed class SimulationModeTests
{
    [Theory]
    [InlineData("AgentSoar:Connectors:Simulation")]
    [InlineData("AgentSoar:Connectors:test:Simulation")]
    public async Task ExecuteAsync_SimulationOn_DoesNotCallTheActionAndReportsWouldHaveDone(string key)
    {
        using var host = new TestHost(new Dictionary<string, string?> { [key] = "true" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "mutate", """{"text":"drop tables"}"""), CancellationToken.None);

        Assert.Equal(0, host.Connector.CallsTo("mutate"));
        var completed = result.Completed!;
        Assert.True(completed.Simulated);
        Assert.True(completed.Output.GetProperty("simulated").GetBoolean());
        Assert.Equal("mutate", completed.Output.GetProperty("action").GetString());
        Assert.Equal("drop tables", completed.Output.GetProperty("input").GetProperty("text").GetString());
    }

    [Fact]
    public async Task ExecuteAsync_SimulationOnForAnotherConnector_RunsTheRealAction()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:webhook:Simulation"] = "true" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "mutate", """{"text":"x"}"""), CancellationToken.None);

        Assert.False(result.Completed!.Simulated);
        Assert.Equal(1, host.Connector.CallsTo("mutate"));
    }

    [Fact]
    public void Catalog_SimulatedConnector_IsMarkedSimulated()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:test:Simulation"] = "true" });

        Assert.True(host.Registry.Catalog.Single(c => c.Name == "test").Simulated);
        Assert.False(host.Registry.Catalog.Single(c => c.Name == "webhook").Simulated);
    }
}
