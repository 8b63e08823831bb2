using System.ComponentModel;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

internal sealed record DeviceInput(
    [Description("The name of a configured actuator (AgentSoar:Connectors:openc2:Actuators:<name>).")] string Actuator,
    [Description("The device's identifier in the actuator's inventory; give it, the hostname, or both.")] string? DeviceId = null,
    [Description("The device's host name (RFC 1123).")] string? Hostname = null);

/// <summary><c>contain</c> or <c>allow</c> of a <c>device</c>.</summary>
internal abstract class DeviceAction(ActuatorClient client, OpenC2Options options, string action) : TypedAction<DeviceInput>(client, options)
{
    protected override string ActuatorOf(DeviceInput input) => input.Actuator;

    protected override ActionResult<JsonObject> Build(DeviceInput input, string actuator)
    {
        if (string.IsNullOrWhiteSpace(input.DeviceId) && string.IsNullOrWhiteSpace(input.Hostname))
        {
            return ActionFailure.InvalidInput("device_id, hostname: give at least one.");
        }

        var device = new JsonObject();
        if (!string.IsNullOrWhiteSpace(input.DeviceId))
        {
            device["device_id"] = input.DeviceId;
        }

        if (!string.IsNullOrWhiteSpace(input.Hostname))
        {
            device["hostname"] = input.Hostname;
        }

        return new JsonObject
        {
            ["action"] = action,
            ["target"] = new JsonObject { ["device"] = device },
            ["args"] = new JsonObject { ["response_requested"] = "complete" },
        };
    }

    protected override string Describe(OpenC2FormatException problem) => problem.Path switch
    {
        "$.target.device.hostname" => $"hostname: {problem.Problem}",
        "$.target.device.device_id" => $"device_id: {problem.Problem}",
        _ => $"the command built from the input is not valid OpenC2: {problem.Message}",
    };
}

internal sealed class ContainDeviceAction(ActuatorClient client, OpenC2Options options) : DeviceAction(client, options, "contain")
{
    public override ActionMetadata Metadata { get; } = new(
        "contain_device",
        "Isolates a device so it can no longer reach other assets (OpenC2 contain device).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "allow_device",
        OpenC2 = new OpenC2Mapping("contain", "device"),
    };
}

internal sealed class AllowDeviceAction(ActuatorClient client, OpenC2Options options) : DeviceAction(client, options, "allow")
{
    public override ActionMetadata Metadata { get; } = new(
        "allow_device",
        "Lets a contained device reach other assets again (OpenC2 allow device); undoes contain_device.",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "contain_device",
        OpenC2 = new OpenC2Mapping("allow", "device"),
    };
}
