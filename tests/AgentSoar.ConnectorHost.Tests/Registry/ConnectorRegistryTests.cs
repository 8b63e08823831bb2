using System.Text.Json;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.ConnectorHost.Tests.Registry;

public sealed class ConnectorRegistryTests
{
    [Fact]
    public void ConnectorNames_NoFilter_AllRegisteredConnectorsSorted()
    {
        using var host = new TestHost();

        // Every registered connector, the first-party ones and the test's, in name order.
        var registered = host.Services.GetServices<AgentSoar.Connectors.Sdk.Connector>().Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(registered, host.Registry.ConnectorNames);
        Assert.Contains("test", host.Registry.ConnectorNames);
        Assert.Contains("simulation", host.Registry.ConnectorNames);
    }

    [Fact]
    public async Task ConnectorNames_FilterConfigured_OnlyTheNamedConnectorsRunAndOthersAreUnknown()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:ConnectorHost:Connectors:0"] = "simulation" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x"}"""), CancellationToken.None);

        Assert.Equal(["simulation"], host.Registry.ConnectorNames);
        Assert.Single(host.Registry.Catalog);
        Assert.Equal(Contracts.Actions.ActionErrorKind.UnknownAction, result.Failed!.ErrorKind);
    }

    [Fact]
    public void ConnectorNames_FilterNamesMissingConnector_StartFailsNamingTheKeyAndTheAvailableOnes()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:ConnectorHost:Connectors:0"] = "firewall" });

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("AgentSoar:ConnectorHost:Connectors", error.Message, StringComparison.Ordinal);
        Assert.Contains("'firewall'", error.Message, StringComparison.Ordinal);
        Assert.Contains("simulation, test, webhook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_SimulationConnector_CarriesMetadataAndMappedRisk()
    {
        using var host = new TestHost();

        var simulation = host.Registry.Catalog.Single(c => c.Name == "simulation");
        var block = simulation.Actions.Single(a => a.Name == "block_ip");
        var lookup = simulation.Actions.Single(a => a.Name == "lookup_ip");
        var isolate = simulation.Actions.Single(a => a.Name == "isolate_host");

        Assert.Equal(RiskLevel.High, block.Risk);
        Assert.True(block.Mutating);
        Assert.Equal("unblock_ip", block.UndoAction);
        Assert.Equal(RiskLevel.Low, lookup.Risk);
        Assert.False(lookup.Mutating);
        Assert.True(lookup.Idempotent);
        Assert.Equal(RiskLevel.Critical, isolate.Risk);
        Assert.Equal("release_host", isolate.UndoAction);
        Assert.Equal("ip", block.InputSchema.GetProperty("required")[0].GetString());
    }

    [Fact]
    public void Catalog_ActionsDeclaringOpenC2_CarryTheirMappingAndOthersNone()
    {
        using var host = new TestHost();

        var simulation = host.Registry.Catalog.Single(c => c.Name == "simulation");

        Assert.Equal(new OpenC2Info("deny", "ipv4_net", "slpf"), simulation.Actions.Single(a => a.Name == "block_ip").OpenC2);
        Assert.Equal(new OpenC2Info("contain", "device", "er"), simulation.Actions.Single(a => a.Name == "isolate_host").OpenC2);
        Assert.Equal(new OpenC2Info("deny", "file"), simulation.Actions.Single(a => a.Name == "block_hash").OpenC2);
        Assert.Null(simulation.Actions.Single(a => a.Name == "comment").OpenC2);
    }

    [Fact]
    public void Catalog_SerializedAsTheBusDoes_KeepsTheOpenC2Mapping()
    {
        using var host = new TestHost();
        var block = host.Registry.Catalog.Single(c => c.Name == "simulation").Actions.Single(a => a.Name == "block_ip");

        var json = JsonSerializer.Serialize(block, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<ActionInfo>(json, JsonSerializerOptions.Web)!;

        Assert.Contains("\"openC2\":{\"action\":\"deny\",\"target\":\"ipv4_net\",\"profile\":\"slpf\"}", json, StringComparison.Ordinal);
        Assert.Equal(block.OpenC2, back.OpenC2);
    }

    [Fact]
    public void Registry_OptionsFailValidation_StartFailsNamingTheConfigurationPath()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:test:Level"] = "42" });

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:test:Level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_WebhookEndpointWithoutUrl_StartFailsNamingTheEndpointPath()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:webhook:Endpoints:siem:SecretHeader"] = "X-Key" });

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:webhook:Endpoints:siem:Url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_SimulationFlagNotBoolean_StartFailsNamingTheKey()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:Simulation"] = "maybe" });

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:Simulation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_ConnectorNameNotAllowed_StartFailsSayingTheRule()
    {
        using var host = new TestHost(configure: services => services.AddAgentSoarConnector<BadlyNamedConnector>());

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("'Bad Name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_UndoActionMissing_StartFailsNamingIt()
    {
        using var host = new TestHost(configure: services => services.AddAgentSoarConnector<DanglingUndoConnector>());

        var error = Assert.Throws<ConnectorConfigurationException>(() => host.Registry);

        Assert.Contains("'unblock'", error.Message, StringComparison.Ordinal);
    }
}
