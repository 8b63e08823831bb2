using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>Which traffic an SLPF rule applies to.</summary>
internal enum SlpfDirection
{
    Both,
    Ingress,
    Egress,
}

internal sealed record IpInput(
    [Description("The name of a configured actuator (AgentSoar:Connectors:openc2:Actuators:<name>).")] string Actuator,
    [Description("An IPv4 or IPv6 address, optionally with a prefix length (203.0.113.7, 198.51.100.0/24, 2001:db8::/32).")] string Ip,
    [Description("Which traffic the rule applies to; omitted, the actuator's default (both).")] SlpfDirection? Direction = null,
    [Description("How long the rule is in effect (24h); omitted, until removed.")] TimeSpan? Duration = null);

/// <summary><c>deny</c> or <c>allow</c> of an <c>ipv4_net</c> or <c>ipv6_net</c> in the SLPF profile.</summary>
internal abstract class IpAction(ActuatorClient client, OpenC2Options options, string action) : TypedAction<IpInput>(client, options)
{
    protected override string ActuatorOf(IpInput input) => input.Actuator;

    protected override ActionResult<JsonObject> Build(IpInput input, string actuator)
    {
        if (input.Duration is { } duration && duration <= TimeSpan.Zero)
        {
            return ActionFailure.InvalidInput("duration: must be more than zero.");
        }

        var args = new JsonObject { ["response_requested"] = "complete" };
        if (input.Duration is { } length)
        {
            args["duration"] = (long)length.TotalMilliseconds;
        }

        if (input.Direction is { } direction)
        {
            args["slpf"] = new JsonObject { ["direction"] = direction.ToString().ToLowerInvariant() };
        }

        var type = input.Ip.Contains(':', StringComparison.Ordinal) ? "ipv6_net" : "ipv4_net";
        return new JsonObject
        {
            ["action"] = action,
            ["target"] = new JsonObject { [type] = input.Ip.Trim() },
            ["args"] = args,
            ["actuator"] = SlpfActuator(actuator),
        };
    }

    protected override string Describe(OpenC2FormatException problem) => problem.Path.StartsWith("$.target", StringComparison.Ordinal)
        ? $"ip: {problem.Problem}"
        : string.Create(CultureInfo.InvariantCulture, $"the command built from the input is not valid OpenC2: {problem.Message}");
}

internal sealed class DenyIpAction(ActuatorClient client, OpenC2Options options) : IpAction(client, options, "deny")
{
    public override ActionMetadata Metadata { get; } = new(
        "deny_ip",
        "Blocks traffic to and from an IP address or network on an OpenC2 packet filter (deny ipv4_net/ipv6_net, SLPF profile).",
        ActionRisk.High)
    {
        Idempotent = true,
        UndoAction = "allow_ip",
        OpenC2 = new OpenC2Mapping("deny", "ipv4_net", "slpf"),
    };
}

internal sealed class AllowIpAction(ActuatorClient client, OpenC2Options options) : IpAction(client, options, "allow")
{
    public override ActionMetadata Metadata { get; } = new(
        "allow_ip",
        "Permits traffic to and from an IP address or network on an OpenC2 packet filter (allow ipv4_net/ipv6_net, SLPF profile); undoes deny_ip.",
        ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "deny_ip",
        OpenC2 = new OpenC2Mapping("allow", "ipv4_net", "slpf"),
    };
}
