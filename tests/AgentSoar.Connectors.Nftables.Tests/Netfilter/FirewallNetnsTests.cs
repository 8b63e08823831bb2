using System.Diagnostics;
using AgentSoar.Connectors.Nftables.Tests.Support;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables.Tests.Netfilter;

/// <summary>The nftables connector against real netfilter, in a pair of network namespaces created and deleted per test.</summary>
public sealed class FirewallNetnsTests : IAsyncLifetime
{
    private readonly NetnsPair _net = new();

    public Task InitializeAsync() => _net.InitializeAsync();

    public Task DisposeAsync() => _net.DisposeAsync();

    [Fact]
    public async Task BlockIp_PeerAddress_DropsBothDirectionsUntilUnblocked()
    {
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));

        var blocked = await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.True(blocked.IsSuccess, blocked.Failure?.Message);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
        Assert.False(await _net.PeerReachesAsync(NetnsPair.PeerV4, NetnsPair.HostV4, expectOpen: false));
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: true));

        var unblocked = await Action<UnblockIpAction>().ExecuteAsync(new UnblockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.True(unblocked.Output!.WasBlocked);
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));
        Assert.True(await _net.PeerReachesAsync(NetnsPair.PeerV4, NetnsPair.HostV4, expectOpen: true));
    }

    [Fact]
    public async Task BlockIp_IPv6Address_DropsThatAddressOnly()
    {
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV6, expectOpen: true));

        var blocked = await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("fd00:a5::2"), TestConnectors.Context());

        Assert.Equal("blocked_v6", blocked.Output!.Set);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV6, expectOpen: false));
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV6, expectOpen: true));
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));

        await Action<UnblockIpAction>().ExecuteAsync(new UnblockIpInput("fd00:a5::2"), TestConnectors.Context());

        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV6, expectOpen: true));
    }

    [Fact]
    public async Task BlockIp_Network_DropsEveryAddressInItAndIsListed()
    {
        var blocked = await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.0/30"), TestConnectors.Context());

        Assert.True(blocked.IsSuccess, blocked.Failure?.Message);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
        Assert.False(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: false));
        var listed = await Action<ListBlockedAction>().ExecuteAsync(new ListBlockedInput(), TestConnectors.Context());
        var entry = Assert.Single(listed.Output!.Blocked);
        Assert.Equal("10.200.0.0/30", entry.Ip);
        Assert.Equal("ipv4", entry.Family);
        Assert.Null(entry.ExpiresAt);
    }

    [Fact]
    public async Task BlockIp_WithShortDuration_ExpiresByItself()
    {
        var stopwatch = Stopwatch.StartNew();
        // Long enough that the first probe, on a busy machine, still lands inside the block.
        var duration = TimeSpan.FromSeconds(4);
        var blocked = await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.2", duration), TestConnectors.Context());

        Assert.NotNull(blocked.Output!.ExpiresAt);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
        var listed = await Action<ListBlockedAction>().ExecuteAsync(new ListBlockedInput(), TestConnectors.Context());
        Assert.NotNull(Assert.Single(listed.Output!.Blocked).ExpiresAt);

        var open = false;
        while (!open && stopwatch.Elapsed < duration + TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
            open = await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false);
        }

        Assert.True(open, "the block did not expire");
        Assert.True(stopwatch.Elapsed >= duration - TimeSpan.FromSeconds(0.1), $"open again after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task BlockIp_AgainWithoutDuration_OneElementThatNoLongerExpires()
    {
        var block = Action<BlockIpAction>();
        await block.ExecuteAsync(new BlockIpInput("10.200.0.2", TimeSpan.FromMinutes(5)), TestConnectors.Context());

        var again = await block.ExecuteAsync(new BlockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.True(again.IsSuccess, again.Failure?.Message);
        var listed = await Action<ListBlockedAction>().ExecuteAsync(new ListBlockedInput(), TestConnectors.Context());
        Assert.Null(Assert.Single(listed.Output!.Blocked).ExpiresAt);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
    }

    [Fact]
    public async Task BlockIp_InsideABlockedNetwork_PermanentFailureNamingTheNetwork()
    {
        await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.0/30"), TestConnectors.Context());

        var result = await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.Permanent, result.Failure!.Kind);
        Assert.Contains("10.200.0.0/30", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnblockIp_NeverBlocked_SucceedsAndSaysSo()
    {
        await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.3"), TestConnectors.Context());

        var result = await Action<UnblockIpAction>().ExecuteAsync(new UnblockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.False(result.Output!.WasBlocked);
        Assert.False(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: false));
    }

    [Fact]
    public async Task ListBlockedAndTest_BeforeTheFirstBlock_NoTableYetThenTheTable()
    {
        var listed = await Action<ListBlockedAction>().ExecuteAsync(new ListBlockedInput(), TestConnectors.Context());
        var before = await Action<TestAction>().ExecuteAsync(new TestInput(), TestConnectors.Context());
        await Action<BlockIpAction>().ExecuteAsync(new BlockIpInput("10.200.0.2"), TestConnectors.Context());
        var after = await Action<TestAction>().ExecuteAsync(new TestInput(), TestConnectors.Context());

        Assert.Equal(0, listed.Output!.Count);
        Assert.False(before.Output!.TableExists);
        Assert.Matches(@"^\d+\.\d+", before.Output.NftVersion);
        Assert.Equal(_net.Host, before.Output.NetworkNamespace);
        Assert.True(after.Output!.TableExists);
        Assert.Contains("table inet agentsoar", await _net.HostRulesetAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockIp_NamespaceDoesNotExist_NotFound()
    {
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn(_net.Host + "-gone"));

        var result = await block.ExecuteAsync(new BlockIpInput("10.200.0.2"), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.NotFound, result.Failure!.Kind);
        Assert.Contains("does not exist", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnection_Enabled_ReportsNftAndTheNamespace()
    {
        var result = await new NftablesConnector().TestConnectionAsync(new ConnectorSetup { Options = TestConnectors.FirewallIn(_net.Host) }, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains(_net.Host, result.Message, StringComparison.Ordinal);
    }

    private T Action<T>()
        where T : ConnectorAction => TestConnectors.Firewall<T>(TestConnectors.FirewallIn(_net.Host));
}
