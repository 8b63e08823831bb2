using AgentSoar.Connectors.Nftables.Tests.Support;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables.Tests.Netfilter;

/// <summary>The hostisolation connector against real netfilter: the "host" is a network namespace of the test's own.</summary>
public sealed class HostIsolationNetnsTests : IAsyncLifetime
{
    private const string Hostname = "web-01";
    private readonly NetnsPair _net = new();

    public Task InitializeAsync() => _net.InitializeAsync();

    public Task DisposeAsync() => _net.DisposeAsync();

    [Fact]
    public async Task IsolateHost_ConfiguredHost_DropsEverythingButManagementAndLoopback()
    {
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));

        var result = await Action<IsolateHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());

        Assert.True(result.Output!.Isolated, result.Failure?.Message);
        Assert.False(result.Output.WasIsolated);
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV6, expectOpen: false));
        Assert.False(await _net.PeerReachesAsync(NetnsPair.PeerV4, NetnsPair.HostV4, expectOpen: false));
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: true));
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV6, expectOpen: true));
        Assert.True(await _net.PeerReachesAsync(NetnsPair.ManagementV4, NetnsPair.HostV4, expectOpen: true));
        Assert.True(await _net.PeerReachesAsync(NetnsPair.ManagementV6, NetnsPair.HostV6, expectOpen: true));
        Assert.True(await _net.HostReachesLoopbackAsync());
    }

    [Fact]
    public async Task ReleaseHost_AfterIsolation_RestoresTrafficAndRemovesTheTable()
    {
        await Action<IsolateHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());

        var released = await Action<ReleaseHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());
        var again = await Action<ReleaseHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());

        Assert.True(released.Output!.WasIsolated);
        Assert.False(released.Output.Isolated);
        Assert.False(again.Output!.WasIsolated);
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));
        Assert.True(await _net.PeerReachesAsync(NetnsPair.PeerV4, NetnsPair.HostV4, expectOpen: true));
        Assert.DoesNotContain("agentsoar_isolation", await _net.HostRulesetAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsolateHost_Twice_SameQuarantineOnceAndSecondSaysItWasIsolated()
    {
        await Action<IsolateHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());
        var first = await _net.HostRulesetAsync();

        var second = await Action<IsolateHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());

        Assert.True(second.Output!.WasIsolated);
        Assert.Equal(first, await _net.HostRulesetAsync());
        Assert.True(await _net.HostReachesAsync(NetnsPair.ManagementV4, expectOpen: true));
        Assert.False(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: false));
    }

    [Fact]
    public async Task Test_BeforeAndAfterIsolation_ReportsTheState()
    {
        var before = await Action<TestHostsAction>().ExecuteAsync(new TestHostsInput(), TestConnectors.Context());
        await Action<IsolateHostAction>().ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());
        var after = await Action<TestHostsAction>().ExecuteAsync(new TestHostsInput(Hostname), TestConnectors.Context());

        var status = Assert.Single(before.Output!.Hosts);
        Assert.False(status.Isolated);
        Assert.Equal(_net.Host, status.NetworkNamespace);
        Assert.True(Assert.Single(after.Output!.Hosts).Isolated);
    }

    [Fact]
    public async Task IsolateHost_NamespaceDoesNotExist_NotFoundAndNothingChanged()
    {
        var isolate = TestConnectors.Isolation<IsolateHostAction>(TestConnectors.IsolationOf(Hostname, _net.Host + "-gone", "10.200.0.3"));

        var result = await isolate.ExecuteAsync(new HostInput(Hostname), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.NotFound, result.Failure!.Kind);
        Assert.True(await _net.HostReachesAsync(NetnsPair.PeerV4, expectOpen: true));
    }

    private T Action<T>()
        where T : ConnectorAction => TestConnectors.Isolation<T>(TestConnectors.IsolationOf(Hostname, _net.Host, "10.200.0.3", "fd00:a5::3"));
}
