using System.Text.Json;
using AgentSoar.ConnectorHost;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.Connectors.Nftables.Tests.Support;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.Connectors.Nftables.Tests.Netfilter;

/// <summary>Playbook-shaped commands (JSON inputs, configuration keys) through the connector host, against real netfilter.</summary>
public sealed class ConnectorHostNetnsTests : IAsyncLifetime
{
    private readonly NetnsPair _net = new();

    public Task InitializeAsync() => _net.InitializeAsync();

    public Task DisposeAsync() => _net.DisposeAsync();

    [Fact]
    public async Task Execute_BlockThenUnblockFromConfiguration_TrafficDroppedThenRestored()
    {
        using var provider = Provider(new()
        {
            ["AgentSoar:Connectors:nftables:Enabled"] = "true",
            ["AgentSoar:Connectors:nftables:NetworkNamespace"] = _net.Host,
            ["AgentSoar:Connectors:nftables:Table"] = "soc",
        });
        var executor = provider.GetRequiredService<ActionExecutor>();

        var blocked = await executor.ExecuteAsync(Command("nftables", "block_ip", """{"ip":"10.200.0.2","duration":"1h"}"""), CancellationToken.None);

        Assert.Equal("soc", blocked.Completed!.Output.GetProperty("table").GetString());
        Assert.False(blocked.Completed.Simulated);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));

        var unblocked = await executor.ExecuteAsync(Command("nftables", "unblock_ip", """{"ip":"10.200.0.2"}"""), CancellationToken.None);

        Assert.True(unblocked.Completed!.Output.GetProperty("was_blocked").GetBoolean());
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));
    }

    [Fact]
    public async Task Execute_IsolateFromConfiguration_OnlyManagementReachable()
    {
        using var provider = Provider(new()
        {
            ["AgentSoar:Connectors:hostisolation:ManagementAddresses:0"] = "10.200.0.3",
            ["AgentSoar:Connectors:hostisolation:Hosts:web-01:NetworkNamespace"] = _net.Host,
        });

        var result = await provider.GetRequiredService<ActionExecutor>().ExecuteAsync(
            Command("hostisolation", "isolate_host", """{"hostname":"web-01"}"""), CancellationToken.None);

        Assert.True(result.Completed!.Output.GetProperty("isolated").GetBoolean());
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: true));
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
        1,
        new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
