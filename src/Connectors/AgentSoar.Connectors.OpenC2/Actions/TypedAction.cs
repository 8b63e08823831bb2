using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>An action that builds one kind of OpenC2 command from typed input, checks it, and sends it.</summary>
internal abstract class TypedAction<TInput>(ActuatorClient client, OpenC2Options options) : ConnectorAction<TInput, OpenC2Output>
    where TInput : notnull
{
    public override async Task<ActionResult<OpenC2Output>> ExecuteAsync(TInput input, ActionContext context)
    {
        var name = ActuatorOf(input);
        if (!TryBuild(input, name, out var command, out var failure)
            || !client.TryFind(name, simulation: false, out var actuator, out failure))
        {
            return failure;
        }

        return await client.SendAsync(name, actuator!, command, context);
    }

    public override Task<ActionResult<OpenC2Output>> SimulateAsync(TInput input, ActionContext context)
    {
        var name = ActuatorOf(input);
        return Task.FromResult(TryBuild(input, name, out var command, out var failure)
            && client.TryFind(name, simulation: true, out var actuator, out failure)
                ? client.Simulate(name, actuator, command)
                : failure);
    }

    protected abstract string ActuatorOf(TInput input);

    /// <summary>The command for <paramref name="input"/>, or a failure naming the input field.</summary>
    protected abstract ActionResult<JsonObject> Build(TInput input, string actuator);

    /// <summary>Describes a problem the language found in the built command in terms of the input.</summary>
    protected abstract string Describe(OpenC2FormatException problem);

    /// <summary>The <c>actuator</c> part of a command: <c>slpf</c>, with the configured named group.</summary>
    protected JsonObject SlpfActuator(string actuator)
    {
        var specifiers = new JsonObject();
        if (options.Actuators.TryGetValue(actuator, out var settings) && settings.NamedGroup is { Length: > 0 } group)
        {
            specifiers["named_group"] = group;
        }

        return new JsonObject { ["slpf"] = specifiers };
    }

    private bool TryBuild(TInput input, string actuator, out OpenC2Command command, out ActionFailure failure)
    {
        var built = Build(input, actuator);
        if (!built.IsSuccess)
        {
            command = null!;
            failure = built.Failure!;
            return false;
        }

        return client.TryCheck(built.Output!, out command, out failure, Describe);
    }
}
