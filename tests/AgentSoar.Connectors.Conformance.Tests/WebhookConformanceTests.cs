using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;
using AgentSoar.Connectors.Webhook;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>webhook</c> connector passes the conformance kit, its endpoint on a closed loopback port and its secret the canary.</summary>
public sealed class WebhookConformanceTests : ConnectorConformanceTests<WebhookConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Endpoints:siem:Url"] = $"http://127.0.0.1:{ClosedPort.Get()}/hook",
    };

    protected override string CanarySecretKey => "Endpoints:siem:Secret";

    protected override JsonObject SampleInput(ConnectorAction action)
    {
        var input = base.SampleInput(action);
        input["endpoint"] = "siem";
        if (input.ContainsKey("method"))
        {
            input["method"] = "POST";
        }

        input["body"] = new JsonObject { ["alert"] = "conformance" };
        return input;
    }

    protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action) =>
    [
        .. base.InvalidInputs(action),
        UnknownEndpoint(action),
    ];

    private JsonObject UnknownEndpoint(ConnectorAction action)
    {
        var input = SampleInput(action);
        input["endpoint"] = "no-such-endpoint";
        return input;
    }
}
