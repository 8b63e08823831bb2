using AgentSoar.Connectors.Nftables.Tests.Support;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Nftables.Tests.Unit;

public sealed class FirewallCommandTests
{
    [Fact]
    public async Task BlockIp_InNamespaceWithDuration_OneNftCallThroughIpNetnsExec()
    {
        var runner = new RecordingRunner();
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn("fw1"), runner);

        var result = await block.ExecuteAsync(new BlockIpInput("203.0.113.7", TimeSpan.FromMinutes(1)), TestConnectors.Context());

        Assert.True(result.IsSuccess);
        var call = Assert.Single(runner.Calls);
        Assert.Equal("ip", call.FileName);
        Assert.Equal(["netns", "exec", "fw1", "nft", "--", "add", "table", "inet", "agentsoar"], call.Arguments.Take(9));
        var text = string.Join(' ', call.Arguments);
        Assert.Contains("add set inet agentsoar blocked_v4 { type ipv4_addr ; flags interval,timeout ; }", text, StringComparison.Ordinal);
        Assert.Contains("add chain inet agentsoar input { type filter hook input priority -10 ; policy accept ; }", text, StringComparison.Ordinal);
        Assert.Contains("flush chain inet agentsoar output", text, StringComparison.Ordinal);
        Assert.Contains("add rule inet agentsoar forward ip6 daddr @blocked_v6 drop", text, StringComparison.Ordinal);
        Assert.EndsWith(
            "add element inet agentsoar blocked_v4 { 203.0.113.7 } ; delete element inet agentsoar blocked_v4 { 203.0.113.7 } ; add element inet agentsoar blocked_v4 { 203.0.113.7 timeout 60000ms }",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockIp_NoNamespaceCustomNames_RunsNftDirectlyWithConfiguredNames()
    {
        var runner = new RecordingRunner();
        var options = new NftablesOptions { Enabled = true, Table = "soc", SetV6 = "bad6", Hooks = ["prerouting"], Priority = 5, NftPath = "/usr/sbin/nft" };
        var block = TestConnectors.Firewall<BlockIpAction>(options, runner);

        var result = await block.ExecuteAsync(new BlockIpInput("2001:db8::/48"), TestConnectors.Context());

        var call = Assert.Single(runner.Calls);
        Assert.Equal("/usr/sbin/nft", call.FileName);
        Assert.Equal("--", call.Arguments[0]);
        var text = string.Join(' ', call.Arguments);
        Assert.Contains("add chain inet soc prerouting { type filter hook prerouting priority 5 ; policy accept ; }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hook input", text, StringComparison.Ordinal);
        Assert.EndsWith("add element inet soc bad6 { 2001:db8::/48 }", text, StringComparison.Ordinal);
        Assert.Equal("bad6", result.Output!.Set);
        Assert.Null(result.Output.ExpiresAt);
    }

    [Fact]
    public async Task BlockIp_WithDuration_ExpiryFromTheContextClock()
    {
        var time = new FixedTime(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn(null), new RecordingRunner());

        var result = await block.ExecuteAsync(new BlockIpInput("203.0.113.7", TimeSpan.FromHours(24)), TestConnectors.Context(time));

        Assert.Equal(new DateTimeOffset(2030, 1, 2, 12, 0, 0, TimeSpan.Zero), result.Output!.ExpiresAt);
    }

    [Theory]
    [InlineData("10.0.0.1; flush ruleset")]
    [InlineData("10.0.0.1 } ; flush ruleset ; add element inet agentsoar blocked_v4 { 10.0.0.2")]
    [InlineData("$(reboot)")]
    [InlineData("--help")]
    [InlineData("10.0.0.5/24")]
    [InlineData("0.0.0.0/0")]
    [InlineData("127.0.0.1")]
    [InlineData("126.0.0.0/7")]
    [InlineData("::1")]
    public async Task BlockIp_UnusableAddress_InvalidInputAndNftNeverRuns(string ip)
    {
        var runner = new RecordingRunner();
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn("fw1"), runner);

        var result = await block.ExecuteAsync(new BlockIpInput(ip), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.StartsWith("ip: ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task BlockIp_ConfiguredProtectedNetwork_InvalidInputNamingIt()
    {
        var runner = new RecordingRunner();
        var options = TestConnectors.FirewallIn(null);
        options.ProtectedNetworks = ["192.0.2.0/24"];
        var block = TestConnectors.Firewall<BlockIpAction>(options, runner);

        var result = await block.ExecuteAsync(new BlockIpInput("192.0.2.0/23"), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.Contains("protected network 192.0.2.0/24", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(50 * 24 * 3600)]
    public async Task BlockIp_DurationOutOfRange_InvalidInput(int seconds)
    {
        var runner = new RecordingRunner();
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn(null), runner);

        var result = await block.ExecuteAsync(new BlockIpInput("203.0.113.7", TimeSpan.FromSeconds(seconds)), TestConnectors.Context());

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.StartsWith("duration: ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task Actions_NotEnabled_UnauthorizedNotConfiguredAndNftNeverRuns()
    {
        var runner = new RecordingRunner();
        var options = new NftablesOptions();
        var context = TestConnectors.Context();

        var results = new ActionFailure?[]
        {
            (await TestConnectors.Firewall<BlockIpAction>(options, runner).ExecuteAsync(new BlockIpInput("203.0.113.7"), context)).Failure,
            (await TestConnectors.Firewall<UnblockIpAction>(options, runner).ExecuteAsync(new UnblockIpInput("203.0.113.7"), context)).Failure,
            (await TestConnectors.Firewall<ListBlockedAction>(options, runner).ExecuteAsync(new ListBlockedInput(), context)).Failure,
            (await TestConnectors.Firewall<TestAction>(options, runner).ExecuteAsync(new TestInput(), context)).Failure,
        };

        Assert.All(results, failure =>
        {
            Assert.Equal(ActionFailureKind.Unauthorized, failure!.Kind);
            Assert.Contains("not configured", failure.Message, StringComparison.Ordinal);
            Assert.Contains("AgentSoar:Connectors:nftables:Enabled", failure.Message, StringComparison.Ordinal);
        });
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task Simulate_NotEnabled_OutputsOfTheRealShapeWithoutNft()
    {
        var runner = new RecordingRunner();
        var options = new NftablesOptions();
        var context = TestConnectors.Context();

        var blocked = await TestConnectors.Firewall<BlockIpAction>(options, runner).SimulateAsync(new BlockIpInput("2001:db8::7", TimeSpan.FromHours(1)), context);
        var unblocked = await TestConnectors.Firewall<UnblockIpAction>(options, runner).SimulateAsync(new UnblockIpInput("2001:db8::7"), context);
        var listed = await TestConnectors.Firewall<ListBlockedAction>(options, runner).SimulateAsync(new ListBlockedInput(), context);
        var invalid = await TestConnectors.Firewall<BlockIpAction>(options, runner).SimulateAsync(new BlockIpInput("nope"), context);

        Assert.Equal("blocked_v6", blocked.Output!.Set);
        Assert.NotNull(blocked.Output.ExpiresAt);
        Assert.True(unblocked.Output!.WasBlocked);
        Assert.Equal(0, listed.Output!.Count);
        Assert.Equal(ActionFailureKind.InvalidInput, invalid.Failure!.Kind);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task TestConnection_NotEnabled_FailsWithoutRunningNft()
    {
        var runner = new RecordingRunner();
        var connector = new NftablesConnector(runner);

        var result = await connector.TestConnectionAsync(new ConnectorSetup { Options = new NftablesOptions() }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("Not configured", result.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task UnblockIp_ElementListed_DeletesItInOneTransaction()
    {
        const string listing = """{"nftables":[{"set":{"name":"blocked_v4","elem":[{"prefix":{"addr":"203.0.113.0","len":24}},"198.51.100.0"]}}]}""";
        var runner = new RecordingRunner(call => new NftResult(0, call.Arguments.Contains("list") ? listing : "", ""));
        var unblock = TestConnectors.Firewall<UnblockIpAction>(TestConnectors.FirewallIn("fw1"), runner);

        var result = await unblock.ExecuteAsync(new UnblockIpInput("203.0.113.0/24"), TestConnectors.Context());

        Assert.True(result.Output!.WasBlocked);
        Assert.Equal(2, runner.Calls.Count);
        Assert.Equal(
            "-- add element inet agentsoar blocked_v4 { 203.0.113.0/24 } ; delete element inet agentsoar blocked_v4 { 203.0.113.0/24 }",
            string.Join(' ', runner.Calls[1].Arguments.Skip(4)));
    }

    [Fact]
    public async Task UnblockIp_OnlyInsideABlockedNetwork_NothingDeletedAndTheNetworkReported()
    {
        const string listing = """{"nftables":[{"set":{"name":"blocked_v4","elem":[{"prefix":{"addr":"203.0.113.0","len":24}}]}}]}""";
        var runner = new RecordingRunner(_ => new NftResult(0, listing, ""));
        var unblock = TestConnectors.Firewall<UnblockIpAction>(TestConnectors.FirewallIn(null), runner);

        var result = await unblock.ExecuteAsync(new UnblockIpInput("203.0.113.9"), TestConnectors.Context());

        Assert.False(result.Output!.WasBlocked);
        Assert.Equal(["203.0.113.0/24"], result.Output.StillBlockedBy);
        Assert.Single(runner.Calls);
    }

    [Theory]
    [InlineData("Error: Could not process rule: Operation not permitted", 1, true, ActionFailureKind.Unauthorized)]
    [InlineData("Cannot open network namespace \"x\": No such file or directory", 255, true, ActionFailureKind.NotFound)]
    [InlineData("exec of \"nft\" failed: No such file or directory", 1, true, ActionFailureKind.Permanent)]
    [InlineData("Error: Could not process rule: Device or resource busy", 1, true, ActionFailureKind.Transient)]
    [InlineData("could not start nft: No such file or directory", -1, false, ActionFailureKind.Permanent)]
    [InlineData("Error: syntax error, unexpected junk", 1, true, ActionFailureKind.Permanent)]
    public async Task BlockIp_NftFails_MapsToFailureKind(string stderr, int exitCode, bool started, ActionFailureKind expected)
    {
        var runner = new RecordingRunner(_ => new NftResult(exitCode, "", stderr, started));
        var block = TestConnectors.Firewall<BlockIpAction>(TestConnectors.FirewallIn("x"), runner);

        var result = await block.ExecuteAsync(new BlockIpInput("203.0.113.7"), TestConnectors.Context());

        Assert.Equal(expected, result.Failure!.Kind);
        Assert.StartsWith("Blocking 203.0.113.7 failed", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_BlockAndUnblock_RiskUndoAndOpenC2()
    {
        var block = TestConnectors.Firewall<BlockIpAction>(new NftablesOptions()).Metadata;
        var unblock = TestConnectors.Firewall<UnblockIpAction>(new NftablesOptions()).Metadata;
        var list = TestConnectors.Firewall<ListBlockedAction>(new NftablesOptions()).Metadata;

        Assert.Equal(ActionRisk.High, block.Risk);
        Assert.True(block.Idempotent);
        Assert.Equal("unblock_ip", block.UndoAction);
        Assert.Equal(new OpenC2Mapping("deny", "ipv4_net", "slpf"), block.OpenC2);
        Assert.Equal(new OpenC2Mapping("allow", "ipv4_net", "slpf"), unblock.OpenC2);
        Assert.True(unblock.Idempotent);
        Assert.False(list.Mutating);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
