using System.ComponentModel;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

internal sealed record SendCommandInput(
    [Description("The name of a configured actuator (AgentSoar:Connectors:openc2:Actuators:<name>).")] string Actuator,
    [Description("The OpenC2 command: action, target (exactly one type), and optionally args, actuator and command_id.")] JsonObject Command);

internal sealed class SendCommandAction(ActuatorClient client) : ConnectorAction<SendCommandInput, OpenC2Output>
{
    public override ActionMetadata Metadata { get; } = new(
        "send_command",
        "Sends any OpenC2 command (Language Specification v1.0, SLPF profile) to a configured actuator and returns its response.",
        ActionRisk.High);

    public override async Task<ActionResult<OpenC2Output>> ExecuteAsync(SendCommandInput input, ActionContext context)
    {
        if (!client.TryCheck(input.Command, out var command, out var failure)
            || !client.TryFind(input.Actuator, simulation: false, out var actuator, out failure))
        {
            return failure;
        }

        return await client.SendAsync(input.Actuator, actuator!, command, context);
    }

    public override Task<ActionResult<OpenC2Output>> SimulateAsync(SendCommandInput input, ActionContext context) =>
        Task.FromResult(client.TryCheck(input.Command, out var command, out var failure)
            && client.TryFind(input.Actuator, simulation: true, out var actuator, out failure)
                ? client.Simulate(input.Actuator, actuator, command)
                : failure);
}
