using System.ComponentModel;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Webhook;

internal sealed record RequestInput(
    [Description("The name of a configured endpoint: its URL is the base every path is relative to.")] string Endpoint,
    [Description("GET, POST, PUT, PATCH or DELETE.")] string Method,
    [Description("A path relative to the endpoint's URL (tickets/42/comments); it cannot leave the endpoint's host.")] string? Path = null,
    [Description("Query parameters, added URL-encoded.")] IReadOnlyDictionary<string, string>? Query = null,
    [Description("Extra request headers; the authorization, host and cookie headers are the endpoint's, never the playbook's.")] IReadOnlyDictionary<string, string>? Headers = null,
    [Description("A JSON body, for POST, PUT and PATCH.")] JsonNode? Body = null,
    [Description("Values to take from a JSON response, by name: a dotted path into it (data.id, items.0.name).")] IReadOnlyDictionary<string, string>? Extract = null);
