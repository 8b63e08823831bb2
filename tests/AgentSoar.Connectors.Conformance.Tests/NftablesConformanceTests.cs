using System.Text.Json.Nodes;
using AgentSoar.Connectors.Nftables;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>nftables</c> connector passes the conformance kit; its nft and ip programs do not exist, so a real call changes no firewall.</summary>
public sealed class NftablesConformanceTests : ConnectorConformanceTests<NftablesConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Enabled"] = "true",
        ["NftPath"] = "/nonexistent/agentsoar-conformance/nft",
        ["IpPath"] = "/nonexistent/agentsoar-conformance/ip",
    };

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));

    protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action)
    {
        foreach (var input in base.InvalidInputs(action))
        {
            yield return input;
        }

        var sample = SampleInput(action);
        if (sample.ContainsKey("ip"))
        {
            sample["ip"] = "10.0.0";
            yield return sample;
        }
    }
}

/// <summary>The <c>hostisolation</c> connector passes the conformance kit; its nft and ip programs do not exist, so a real call isolates nothing.</summary>
public sealed class HostIsolationConformanceTests : ConnectorConformanceTests<HostIsolationConnector>
{
    protected override IReadOnlyDictionary<string, string?> ConnectorSettings { get; } = new Dictionary<string, string?>
    {
        ["Hosts:ws-042:NetworkNamespace"] = "agentsoar-conformance",
        ["ManagementAddresses:0"] = "192.0.2.1",
        ["NftPath"] = "/nonexistent/agentsoar-conformance/nft",
        ["IpPath"] = "/nonexistent/agentsoar-conformance/ip",
    };

    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));
}
