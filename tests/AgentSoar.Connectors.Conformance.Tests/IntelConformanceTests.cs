using System.Text.Json.Nodes;
using AgentSoar.Connectors.Intel;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>intel</c> connector passes the conformance kit, with a reputation service on a closed loopback port whose API key is the canary.</summary>
public sealed class IntelConformanceTests : ConnectorConformanceTests<IntelConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Sources:reputation:Type"] = "Reputation",
        ["Sources:reputation:UrlTemplate"] = $"http://127.0.0.1:{ClosedPort.Get()}/lookup/{{value}}",
        ["Sources:reputation:VerdictPath"] = "verdict",
    };

    protected override string CanarySecretKey => "Sources:reputation:ApiKey";

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));
}
