using AgentSoar.Connectors.Nftables.Tests.Support;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables.Tests.Unit;

public sealed class IsolationCommandTests
{
    private const string NotIsolated = """{"nftables":[{"metainfo":{"version":"1.0.6"}},{"table":{"family":"inet","name":"filter"}}]}""";

    [Fact]
    public async Task IsolateHost_ConfiguredHost_PolicyDropChainsAcceptingLoopbackAndManagementOnly()
    {
        var runner = new RecordingRunner(call => new NftResult(0, call.Arguments.Contains("list") ? NotIsolated : "", ""));
        var isolate = TestConnectors.Isolation<IsolateHostAction>(TestConnectors.IsolationOf("web-01", "ns1", "192.0.2.10", "2001:db8::/64"), runner);

        var result = await isolate.ExecuteAsync(new HostInput("WEB-01"), TestConnectors.Context());

        Assert.True(result.Output!.Isolated);
        Assert.False(result.Output.WasIsolated);
        Assert.Equal(["192.0.2.10", "2001:db8::/64"], result.Output.ManagementAddresses);
        Assert.Equal(2, runner.Calls.Count);
        var apply = runner.Calls[1];
        Assert.Equal(["netns", "exec", "ns1", "nft", "--"], apply.Arguments.Take(5));
        var text = string.Join(' ', apply.Arguments);
        foreach (var hook in new[] { "input", "output", "forward" })
        {
            Assert.Contains($"add chain inet agentsoar_isolation {hook} {{ type filter hook {hook} priority -200 ; policy drop ; }} ; flush chain inet agentsoar_isolation {hook}", text, StringComparison.Ordinal);
        }

        Assert.Contains("add rule inet agentsoar_isolation input iif lo accept", text, StringComparison.Ordinal);
        Assert.Contains("add rule inet agentsoar_isolation output oif lo accept", text, StringComparison.Ordinal);
        Assert.Contains("add rule inet agentsoar_isolation input ip saddr 192.0.2.10 accept", text, StringComparison.Ordinal);
        Assert.Contains("add rule inet agentsoar_isolation output ip6 daddr 2001:db8::/64 accept", text, StringComparison.Ordinal);
        Assert.DoesNotContain("add rule inet agentsoar_isolation forward", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleaseHost_NoNamespace_AddsThenDeletesTheTableInOneCall()
    {
        var runner = new RecordingRunner(call => new NftResult(0, call.Arguments.Contains("list") ? NotIsolated : "", ""));
        var release = TestConnectors.Isolation<ReleaseHostAction>(TestConnectors.IsolationOf("web-01", null, "192.0.2.10"), runner);

        var result = await release.ExecuteAsync(new HostInput("web-01"), TestConnectors.Context());

        Assert.False(result.Output!.WasIsolated);
        Assert.Equal("nft", runner.Calls[1].FileName);
        Assert.Equal(
            ["--", "add", "table", "inet", "agentsoar_isolation", ";", "delete", "table", "inet", "agentsoar_isolation"],
            runner.Calls[1].Arguments);
    }

    [Fact]
    public async Task IsolateHost_UnknownHost_NotFoundListingConfiguredHosts()
    {
        var runner = new RecordingRunner();
        var isolate = TestConnectors.Isolation<IsolateHostAction>(TestConnectors.IsolationOf("web-01", null, "192.0.2.10"), runner);

        var result = await isolate.ExecuteAsync(new HostInput("db-02"), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.NotFound, result.Failure!.Kind);
        Assert.Contains("web-01", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData("web-01; nft flush ruleset")]
    [InlineData("")]
    [InlineData("a b")]
    public async Task IsolateHost_NotAHostName_InvalidInput(string hostname)
    {
        var runner = new RecordingRunner();
        var isolate = TestConnectors.Isolation<IsolateHostAction>(TestConnectors.IsolationOf("web-01", null, "192.0.2.10"), runner);

        var result = await isolate.ExecuteAsync(new HostInput(hostname), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task Actions_NoHostConfigured_UnauthorizedNotConfiguredAndNftNeverRuns()
    {
        var runner = new RecordingRunner();
        var options = new HostIsolationOptions();
        var context = TestConnectors.Context();

        var failures = new[]
        {
            (await TestConnectors.Isolation<IsolateHostAction>(options, runner).ExecuteAsync(new HostInput("web-01"), context)).Failure,
            (await TestConnectors.Isolation<ReleaseHostAction>(options, runner).ExecuteAsync(new HostInput("web-01"), context)).Failure,
            (await TestConnectors.Isolation<TestHostsAction>(options, runner).ExecuteAsync(new TestHostsInput(), context)).Failure,
        };
        var connection = await new HostIsolationConnector(runner).TestConnectionAsync(new ConnectorSetup { Options = options }, CancellationToken.None);

        Assert.All(failures, failure =>
        {
            Assert.Equal(ActionFailureKind.Unauthorized, failure!.Kind);
            Assert.Contains("not configured", failure.Message, StringComparison.Ordinal);
        });
        Assert.False(connection.Succeeded);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task Simulate_NoHostConfigured_IsolatedOutputWithoutNft()
    {
        var runner = new RecordingRunner();

        var result = await TestConnectors.Isolation<IsolateHostAction>(new HostIsolationOptions(), runner).SimulateAsync(new HostInput("web-01"), TestConnectors.Context());

        Assert.True(result.Output!.Isolated);
        Assert.Equal("web-01", result.Output.Hostname);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public void Metadata_IsolateHost_CriticalReversibleContainDevice()
    {
        var metadata = TestConnectors.Isolation<IsolateHostAction>(new HostIsolationOptions()).Metadata;

        Assert.Equal(ActionRisk.Critical, metadata.Risk);
        Assert.Equal("release_host", metadata.UndoAction);
        Assert.True(metadata.Idempotent);
        Assert.Equal("contain", metadata.OpenC2!.Action);
        Assert.Equal("device", metadata.OpenC2.Target);
    }
}
