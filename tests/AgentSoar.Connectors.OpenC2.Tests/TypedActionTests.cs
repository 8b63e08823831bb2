using System.Text.Json;
using AgentSoar.Connectors.OpenC2.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.OpenC2.Tests;

public sealed class TypedActionTests : IAsyncLifetime
{
    private FakeActuator _actuator = null!;

    public Task InitializeAsync()
    {
        _actuator = FakeActuator.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _actuator.DisposeAsync();

    [Fact]
    public async Task DenyIp_Ipv4WithDurationAndDirection_SendsSlpfDenyIpv4Net()
    {
        using var host = OpenC2Host.For(_actuator.Url, new Dictionary<string, string?> { ["Actuators:fw:NamedGroup"] = "perimeter" });

        var result = await host.ExecuteAsync("openc2", "deny_ip", """{"actuator":"fw","ip":"203.0.113.7","direction":"ingress","duration":"24h"}""");

        var sent = JsonDocument.Parse(Assert.Single(_actuator.Requests).Body).RootElement;
        Assert.Equal("deny", sent.GetProperty("action").GetString());
        Assert.Equal("203.0.113.7", sent.GetProperty("target").GetProperty("ipv4_net").GetString());
        Assert.Equal(86_400_000, sent.GetProperty("args").GetProperty("duration").GetInt64());
        Assert.Equal("complete", sent.GetProperty("args").GetProperty("response_requested").GetString());
        Assert.Equal("ingress", sent.GetProperty("args").GetProperty("slpf").GetProperty("direction").GetString());
        Assert.Equal("perimeter", sent.GetProperty("actuator").GetProperty("slpf").GetProperty("named_group").GetString());
        Assert.Equal(1234, result.Completed!.Output.GetProperty("rule_number").GetInt64());
    }

    [Fact]
    public async Task AllowIp_Ipv6Prefix_SendsSlpfAllowIpv6Net()
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "allow_ip", """{"actuator":"fw","ip":"2001:db8::/32"}""");

        Assert.NotNull(result.Completed);
        var sent = JsonDocument.Parse(Assert.Single(_actuator.Requests).Body).RootElement;
        Assert.Equal("allow", sent.GetProperty("action").GetString());
        Assert.Equal("2001:db8::/32", sent.GetProperty("target").GetProperty("ipv6_net").GetString());
        Assert.True(sent.GetProperty("actuator").TryGetProperty("slpf", out _));
    }

    [Theory]
    [InlineData("203.0.113.300")]
    [InlineData("10.0.0.1/33")]
    [InlineData("2001::85a3::1")]
    [InlineData("example.com")]
    public async Task DenyIp_NotAnAddress_InvalidInputNamingIpAndNothingSent(string ip)
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "deny_ip", $$"""{"actuator":"fw","ip":"{{ip}}"}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("ip: ", result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(_actuator.Requests);
    }

    [Fact]
    public async Task ContainDevice_DeviceIdAndHostname_SendsContainDevice()
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (200, FakeActuator.File("language/responses/good/status_200.json"), TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "contain_device", """{"actuator":"fw","device_id":"9BCE8431AC106FAA3861C7E771D20E53","hostname":"ws-042.corp.example"}""");

        Assert.Equal("OK", result.Completed!.Output.GetProperty("status_text").GetString());
        var sent = JsonDocument.Parse(Assert.Single(_actuator.Requests).Body).RootElement;
        Assert.Equal("contain", sent.GetProperty("action").GetString());
        var device = sent.GetProperty("target").GetProperty("device");
        Assert.Equal("9BCE8431AC106FAA3861C7E771D20E53", device.GetProperty("device_id").GetString());
        Assert.Equal("ws-042.corp.example", device.GetProperty("hostname").GetString());
    }

    [Fact]
    public async Task AllowDevice_DeviceId_SendsAllowDevice()
    {
        using var host = OpenC2Host.For(_actuator.Url);

        await host.ExecuteAsync("openc2", "allow_device", """{"actuator":"fw","device_id":"dev-1"}""");

        var sent = JsonDocument.Parse(Assert.Single(_actuator.Requests).Body).RootElement;
        Assert.Equal("allow", sent.GetProperty("action").GetString());
        Assert.Equal("dev-1", sent.GetProperty("target").GetProperty("device").GetProperty("device_id").GetString());
    }

    [Theory]
    [InlineData("""{"actuator":"fw"}""", "device_id, hostname: give at least one")]
    [InlineData("""{"actuator":"fw","hostname":"bad host!"}""", "hostname: 'bad host!' is not a host name")]
    public async Task ContainDevice_UnusableDevice_InvalidInputNamingTheField(string input, string error)
    {
        using var host = OpenC2Host.For(_actuator.Url);

        var result = await host.ExecuteAsync("openc2", "contain_device", input);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains(error, result.Failed.Error, StringComparison.Ordinal);
        Assert.Empty(_actuator.Requests);
    }

    [Fact]
    public async Task Test_ActuatorAnswersFeatures_SendsQueryFeaturesAndReturnsResults()
    {
        using var host = OpenC2Host.For(_actuator.Url);
        _actuator.Answer = _ => (200, FakeActuator.File("language/responses/good/query_features_all.json"), TimeSpan.Zero);

        var result = await host.ExecuteAsync("openc2", "test", """{"actuator":"fw"}""");

        var sent = JsonDocument.Parse(Assert.Single(_actuator.Requests).Body).RootElement;
        Assert.Equal("query", sent.GetProperty("action").GetString());
        Assert.Equal(["versions", "profiles", "pairs", "rate_limit"], sent.GetProperty("target").GetProperty("features").EnumerateArray().Select(e => e.GetString()));
        var results = result.Completed!.Output.GetProperty("results");
        Assert.Equal("x-myextension", results.GetProperty("profiles")[0].GetString());
        Assert.Equal("device", results.GetProperty("pairs").GetProperty("contain")[0].GetString());
    }
}
