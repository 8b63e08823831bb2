using System.Text.Json;
using AgentSoar.Cli.Connectors;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Cli.Tests.Connectors;

public sealed class ConnectorActionCatalogTests
{
    [Fact]
    public void FindActionInputs_FirstPartyCatalog_HasEveryAnnouncedActionWithItsSchemaProperties()
    {
        var announced = FirstPartyConnectors.LoadCatalog();
        var catalog = new ConnectorActionCatalog(announced);

        Assert.Contains("simulation", announced.Select(connector => connector.Name));
        Assert.Contains("webhook", announced.Select(connector => connector.Name));
        foreach (var connector in announced)
        {
            foreach (var action in connector.Actions)
            {
                // An action with no inputs may have a schema with no properties at all.
                var expected = action.InputSchema.TryGetProperty("properties", out var properties)
                    ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)
                    : Enumerable.Empty<string>();
                Assert.Equal(expected, catalog.FindActionInputs(connector.Name, action.Name)!.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void FindActionInputs_KnownActions_DeclaredInputNames()
    {
        var catalog = new ConnectorActionCatalog(FirstPartyConnectors.LoadCatalog());

        Assert.Equal(["duration", "ip"], catalog.FindActionInputs("simulation", "block_ip")!.Order(StringComparer.Ordinal));
        Assert.Contains("endpoint", catalog.FindActionInputs("webhook", "post")!);
    }

    [Fact]
    public void FindActionInputs_UnknownConnectorOrAction_Null()
    {
        var catalog = new ConnectorActionCatalog(FirstPartyConnectors.LoadCatalog());

        Assert.Null(catalog.FindActionInputs("firewall", "block_ip"));
        Assert.Null(catalog.FindActionInputs("simulation", "launch_missiles"));
    }

    [Fact]
    public void FindActionInputs_SchemaWithoutProperties_NoInputsAllowed()
    {
        var schema = JsonDocument.Parse("""{"type":"object"}""").RootElement;
        var action = new ActionInfo("ping", "Pings.", RiskLevel.Low, false, true, null, schema, schema);
        var catalog = new ConnectorActionCatalog([new ConnectorInfo("probe", "1.0", "A probe.", false, [action])]);

        Assert.Empty(catalog.FindActionInputs("probe", "ping")!);
    }
}
