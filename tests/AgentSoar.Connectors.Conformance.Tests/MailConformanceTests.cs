using System.Text.Json.Nodes;
using AgentSoar.Connectors.Mail;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>mail</c> connector passes the conformance kit, its SMTP server a closed loopback port and its password the canary.</summary>
public sealed class MailConformanceTests : ConnectorConformanceTests<MailConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Host"] = "127.0.0.1",
        ["Port"] = ClosedPort.Get().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EnableSsl"] = "false",
        ["From"] = "soc@example.com",
        ["UserName"] = "agentsoar",
        ["AllowedRecipientDomains:0"] = "example.com",
    };

    protected override string CanarySecretKey => "Password";

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));

    protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action)
    {
        foreach (var input in base.InvalidInputs(action))
        {
            yield return input;
        }

        var sample = SampleInput(action);
        if (sample.ContainsKey("to"))
        {
            sample["to"] = new JsonArray("someone@elsewhere.example");
            yield return sample;
        }
    }
}
