using System.ComponentModel;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Webhook;

internal sealed record PostOutput(
    string Endpoint,
    [Description("The endpoint's URL without credentials or query string.")] string Url,
    [Description("The HTTP status the endpoint answered; null in simulation.")] int? StatusCode,
    [Description("The start of the response body; null in simulation.")] string? ResponseBody,
    bool ResponseTruncated,
    [Description("In simulation: the body that would have been posted.")] JsonObject? WouldPost);
