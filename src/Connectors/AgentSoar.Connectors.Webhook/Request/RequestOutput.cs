using System.ComponentModel;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Webhook;

internal sealed record RequestOutput(
    string Endpoint,
    string Method,
    [Description("The URL called, without credentials or query string.")] string Url,
    [Description("The HTTP status; null in simulation.")] int? StatusCode,
    [Description("The start of the response body; null in simulation.")] string? ResponseBody,
    bool ResponseTruncated,
    [Description("The values taken from the JSON response by the input's extract paths (null where a path found nothing).")] JsonObject? Extracted,
    [Description("In simulation: the request that would have been sent.")] JsonObject? WouldSend);
