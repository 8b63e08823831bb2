using System.ComponentModel;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.OpenC2;

/// <summary>What every openc2 action returns: where the command went, the command, and the actuator's answer.</summary>
internal sealed record OpenC2Output(
    [Description("The configured actuator's name.")] string Actuator,
    [Description("The actuator's URL without credentials or query string; null in simulation without configured actuators.")] string? Url,
    [Description("The OpenC2 command sent (in simulation: that would have been sent).")] JsonObject Command,
    [Description("The OpenC2 status the actuator answered (200, 102...); null in simulation.")] int? Status,
    [Description("The actuator's status_text, when given.")] string? StatusText,
    [Description("The actuator's results, when given.")] JsonObject? Results,
    [Description("results.slpf.rule_number, when the actuator returned one.")] long? RuleNumber);
