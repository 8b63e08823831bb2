using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.OpenC2.Tests;

public sealed class ConnectorTests
{
    [Fact]
    public void Catalog_NoConfiguration_ListsOpenC2WithItsActionsAndUndoPairs()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?>());

        var info = Assert.Single(host.Registry.Catalog, c => c.Name == "openc2");

        Assert.Equal(
            ["allow_device", "allow_ip", "contain_device", "deny_ip", "send_command", "test"],
            info.Actions.Select(a => a.Name).Order(StringComparer.Ordinal));
        var deny = info.Actions.Single(a => a.Name == "deny_ip");
        Assert.Equal("allow_ip", deny.UndoAction);
        Assert.Equal("deny", deny.OpenC2!.Action);
        Assert.Equal("ipv4_net", deny.OpenC2.Target);
        Assert.Equal("deny_ip", info.Actions.Single(a => a.Name == "allow_ip").UndoAction);
        Assert.Equal("allow_device", info.Actions.Single(a => a.Name == "contain_device").UndoAction);
        Assert.False(info.Actions.Single(a => a.Name == "test").Mutating);
    }

    [Theory]
    [InlineData("deny_ip", """{"actuator":"fw","ip":"203.0.113.7"}""")]
    [InlineData("test", """{"actuator":"fw"}""")]
    [InlineData("send_command", """{"actuator":"fw","command":{"action":"contain","target":{"device":{"device_id":"d1"}}}}""")]
    public async Task Execute_NoConfiguration_NotConfiguredFailure(string action, string input)
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?>());

        var result = await host.ExecuteAsync("openc2", action, input);

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("The openc2 connector is not configured", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_NoConfiguration_ReturnsTheCheckedCommandWithoutSending()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:Simulation"] = "true" });

        var result = await host.ExecuteAsync("openc2", "deny_ip", """{"actuator":"fw","ip":"203.0.113.7","duration":"1h"}""");

        Assert.True(result.Completed!.Simulated);
        var command = result.Completed.Output.GetProperty("command");
        Assert.Equal("deny", command.GetProperty("action").GetString());
        Assert.Equal("203.0.113.7", command.GetProperty("target").GetProperty("ipv4_net").GetString());
        Assert.Equal(3_600_000, command.GetProperty("args").GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task Simulate_InvalidCommand_StillRefusedWithThePath()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:openc2:Simulation"] = "true" });

        var result = await host.ExecuteAsync("openc2", "send_command", """{"actuator":"fw","command":{"action":"deny","target":{"ipv4_net":"1.2.3.4/40"}}}""");

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.Contains("$.target.ipv4_net", result.Failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Actuators:fw:Url", "ftp://actuator.example/openc2", "AgentSoar:Connectors:openc2:Actuators:fw:Url")]
    [InlineData("ExtensionProfiles:0", "X-Acme", "AgentSoar:Connectors:openc2:ExtensionProfiles:0")]
    [InlineData("Timeout", "00:00:00", "AgentSoar:Connectors:openc2:Timeout")]
    public void Start_InvalidSetting_RefusesNamingTheKey(string key, string value, string path)
    {
        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var host = new ConnectorTestHost(new Dictionary<string, string?> { [$"AgentSoar:Connectors:openc2:{key}"] = value });
            _ = host.Registry.Catalog;
        });

        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
    }
}
