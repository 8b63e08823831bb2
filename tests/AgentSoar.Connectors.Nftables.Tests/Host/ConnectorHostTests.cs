using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Connectors.Nftables.Tests.Host;

/// <summary>Both connectors as the connector host runs them: registered by default, safe without configuration.</summary>
public sealed class ConnectorHostTests
{
    [Fact]
    public void AddAgentSoarConnectorHost_Default_RegistersBothConnectors()
    {
        using var provider = Provider([]);

        var names = provider.GetServices<Connector>().Select(connector => connector.Name).ToList();

        Assert.Contains(NftablesConnector.ConnectorName, names);
        Assert.Contains(HostIsolationConnector.ConnectorName, names);
    }

    [Theory]
    [InlineData("nftables", "block_ip", """{"ip":"203.0.113.7","duration":"1h"}""")]
    [InlineData("nftables", "list_blocked", "{}")]
    [InlineData("hostisolation", "isolate_host", """{"hostname":"web-01"}""")]
    public async Task Execute_Unconfigured_UnauthorizedNotConfigured(string connector, string action, string inputs)
    {
        using var provider = Provider([]);

        var result = await provider.GetRequiredService<ActionExecutor>().ExecuteAsync(Command(connector, action, inputs), CancellationToken.None);

        Assert.Equal(ActionErrorKind.Unauthorized, result.Failed!.ErrorKind);
        Assert.Contains("not configured", result.Failed.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.Failed.Attempts);
    }

    [Fact]
    public async Task Execute_BadAddressThroughTheHost_InvalidInputNamingTheField()
    {
        using var provider = Provider(new() { ["AgentSoar:Connectors:nftables:Enabled"] = "true" });

        var result = await provider.GetRequiredService<ActionExecutor>().ExecuteAsync(
            Command("nftables", "block_ip", """{"ip":"10.0.0.1; flush ruleset"}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("ip: ", result.Failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nftables", "block_ip", """{"ip":"2001:db8::/48","duration":"24h"}""", "set", "blocked_v6")]
    [InlineData("nftables", "unblock_ip", """{"ip":"203.0.113.7"}""", "was_blocked", "True")]
    [InlineData("hostisolation", "isolate_host", """{"hostname":"web-01"}""", "isolated", "True")]
    [InlineData("hostisolation", "release_host", """{"hostname":"web-01"}""", "isolated", "False")]
    public async Task Execute_UnconfiguredInSimulation_SimulatedOutputOfTheRealShape(string connector, string action, string inputs, string field, string expected)
    {
        using var provider = Provider(new() { ["AgentSoar:Connectors:Simulation"] = "true" });

        var result = await provider.GetRequiredService<ActionExecutor>().ExecuteAsync(Command(connector, action, inputs), CancellationToken.None);

        Assert.True(result.Completed!.Simulated);
        var value = result.Completed.Output.GetProperty(field);
        Assert.Equal(expected, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() == "true" ? "True" : "False");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddAgentSoarConnectorHost(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static ExecuteAction Command(string connector, string action, string inputs) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        "step-1",
        connector,
        action,
        JsonDocument.Parse(inputs).RootElement.Clone(),
        Guid.NewGuid().ToString("N"),
        TimeSpan.FromSeconds(10),
        3,
        new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
