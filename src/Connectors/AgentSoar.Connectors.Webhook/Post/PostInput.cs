using System.ComponentModel;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Webhook;

internal sealed record PostInput(
    [Description("The name of a configured endpoint (AgentSoar:Connectors:webhook:Endpoints:<name>).")] string Endpoint,
    [Description("The JSON object to post.")] JsonObject Body);
