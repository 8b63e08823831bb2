using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Simulation;
using AgentSoar.Connectors.Testing;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>The <c>simulation</c> connector passes the conformance kit.</summary>
public sealed class SimulationConformanceTests : ConnectorConformanceTests<SimulationConnector>
{
    protected override JsonObject SampleInput(ConnectorAction action) => Samples.Fill(base.SampleInput(action));

    protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action)
    {
        foreach (var input in base.InvalidInputs(action))
        {
            yield return input;
        }

        // Inputs that pass the schema but that the actions refuse themselves.
        var sample = SampleInput(action);
        if (sample.ContainsKey("hash"))
        {
            sample["hash"] = "not-a-hash";
            yield return sample;
        }
    }
}
