using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>openc2</c> connector passes the conformance kit, its actuator on a closed loopback port and its token the canary.</summary>
public sealed class OpenC2ConformanceTests : ConnectorConformanceTests<OpenC2Connector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Actuators:fw:Url"] = $"http://127.0.0.1:{ClosedPort.Get()}/openc2",
    };

    protected override string CanarySecretKey => "Actuators:fw:Token";

    /// <summary>Valid inputs for each action: the schema's sample values are not OpenC2 commands, addresses or host names.</summary>
    protected override JsonObject SampleInput(ConnectorAction action)
    {
        var input = new JsonObject { ["actuator"] = "fw" };
        var properties = base.SampleInput(action);
        if (properties.ContainsKey("command"))
        {
            input["command"] = new JsonObject { ["action"] = "deny", ["target"] = new JsonObject { ["ipv4_net"] = "203.0.113.7" } };
        }

        if (properties.ContainsKey("ip"))
        {
            input["ip"] = "203.0.113.7";
        }

        if (action.Metadata.Name is "contain_device" or "allow_device")
        {
            input["hostname"] = "wks-042.example.test";
        }

        return input;
    }
}
