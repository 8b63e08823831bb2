using System.ComponentModel;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

internal sealed record TestInput(
    [Description("The name of a configured actuator (AgentSoar:Connectors:openc2:Actuators:<name>).")] string Actuator);

/// <summary><c>query features</c>: what the actuator supports (versions, profiles, action-target pairs, rate limit). Changes nothing.</summary>
internal sealed class TestAction(ActuatorClient client, OpenC2Options options) : TypedAction<TestInput>(client, options)
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Asks an actuator which OpenC2 versions, profiles and action-target pairs it supports (query features); changes nothing.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
        OpenC2 = new OpenC2Mapping("query", "features"),
    };

    protected override string ActuatorOf(TestInput input) => input.Actuator;

    protected override ActionResult<JsonObject> Build(TestInput input, string actuator) => new JsonObject
    {
        ["action"] = "query",
        ["target"] = new JsonObject { ["features"] = new JsonArray([.. OpenC2Language.Features.Select(f => (JsonNode)f)]) },
    };

    protected override string Describe(OpenC2FormatException problem) => problem.Message;
}
