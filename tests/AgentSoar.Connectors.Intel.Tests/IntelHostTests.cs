using System.Text.Json;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.Connectors.Intel.Tests.TestSupport;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class IntelHostTests : IAsyncLifetime
{
    private const string Canary = "canary-7c1e-intel-secret";

    private ReputationServer _server = null!;

    public async Task InitializeAsync() => _server = await ReputationServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Catalog_NoConfiguration_IntelStartsWithItsReadOnlyLowRiskActions()
    {
        using var host = new ConnectorTestHost();

        var intel = host.Registry.Catalog.Single(c => c.Name == "intel");

        Assert.Equal(["lookup_domain", "lookup_hash", "lookup_ip", "lookup_url", "test"], intel.Actions.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.All(intel.Actions, action => Assert.False(action.Mutating));
    }

    [Fact]
    public async Task Execute_NoConfiguration_NotConfiguredPermanentFailure()
    {
        using var host = new ConnectorTestHost();

        var result = await host.ExecuteAsync("intel", "lookup_ip", """{"ip":"203.0.113.7"}""");

        Assert.Equal(ActionErrorKind.Permanent, result.Failed!.ErrorKind);
        Assert.Contains("AgentSoar:Connectors:intel:Sources", result.Failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_AllInOneSimulationWithoutConfiguration_CompletesUnknown()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:Simulation"] = "true" });

        var result = await host.ExecuteAsync("intel", "lookup_hash", """{"hash":"AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F"}""");

        Assert.True(result.Completed!.Simulated);
        Assert.Equal("unknown", result.Completed.Output.GetProperty("verdict").GetString());
        Assert.Equal("hash", result.Completed.Output.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Execute_ConfiguredFeed_SnakeCaseOutputThroughTheHost()
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:Connectors:intel:Sources:oasis:Type"] = "Stix",
            ["AgentSoar:Connectors:intel:Sources:oasis:Path"] = IntelHarness.StixExamples,
        });

        var result = await host.ExecuteAsync("intel", "lookup_ip", """{"ip":"10.0.0.0"}""");

        var output = result.Completed!.Output;
        Assert.Equal("malicious", output.GetProperty("verdict").GetString());
        Assert.Equal(80, output.GetProperty("score").GetInt32());
        Assert.Equal("oasis", output.GetProperty("sources")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Execute_ServiceEchoesTheApiKey_KeyMaskedInTheError()
    {
        _server.Respond = _ => (200, JsonSerializer.Serialize(new { verdict = Canary }), TimeSpan.Zero);
        using var host = new ConnectorTestHost(new Dictionary<string, string?>
        {
            ["AgentSoar:Connectors:intel:Sources:rep:Type"] = "Http",
            ["AgentSoar:Connectors:intel:Sources:rep:UrlTemplate"] = _server.Url("/ip/{value}"),
            ["AgentSoar:Connectors:intel:Sources:rep:VerdictPath"] = "verdict",
            ["AgentSoar:Connectors:intel:Sources:rep:ApiKey"] = Canary,
        });

        var result = await host.ExecuteAsync("intel", "lookup_ip", """{"ip":"203.0.113.7"}""");

        Assert.Equal(Canary, Assert.Single(_server.Requests).Headers["X-Api-Key"]);
        Assert.Contains("\"***\"", result.Failed!.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, result.Failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sources:x:Path", "/tmp/feed.txt", "AgentSoar:Connectors:intel:Sources:x:Type")]
    [InlineData("Sources:x:Type", "Csv", "AgentSoar:Connectors:intel:Sources:x:Path")]
    [InlineData("Sources:x:Type", "Http", "AgentSoar:Connectors:intel:Sources:x:UrlTemplate")]
    public void Registry_IncompleteSource_StartRefusedNamingThePath(string key, string value, string expected)
    {
        using var host = new ConnectorTestHost(new Dictionary<string, string?> { [$"AgentSoar:Connectors:intel:{key}"] = value });

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

public sealed class IntelConfigurationTests
{
    [Theory]
    [InlineData("Type", "Reputation")]
    [InlineData("Verdict", "evil")]
    [InlineData("MinConfidence", "high")]
    public void Registry_ASourceSettingThatCannotBeRead_StopsTheStartNamingTheKey(string setting, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AgentSoar:Connectors:intel:Sources:feed:Type"] = "List",
            ["AgentSoar:Connectors:intel:Sources:feed:Path"] = "feed.txt",
            [$"AgentSoar:Connectors:intel:Sources:feed:{setting}"] = value,
        };
        using var host = new ConnectorTestHost(settings);

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:intel:Sources:feed", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}
