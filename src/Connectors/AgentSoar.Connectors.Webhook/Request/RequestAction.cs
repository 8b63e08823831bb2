using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

/// <summary>
/// A REST call to a configured endpoint: any method, a path below the endpoint's URL, query, headers, a JSON body, and
/// values taken from the JSON answer. What a playbook gives (often from alert text) can choose the path and the
/// parameters, never the host: a path that would leave the endpoint (a scheme, <c>//</c>, <c>..</c>, <c>@</c>, a
/// backslash) is refused, redirects are not followed, and the credential headers are the endpoint's alone.
/// </summary>
internal sealed class RequestAction(WebhookOptions options, HttpClient http) : ConnectorAction<RequestInput, RequestOutput>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    // Headers that carry identity or routing: a playbook must not be able to set them.
    private static readonly string[] ReservedHeaders = ["Authorization", "Proxy-Authorization", "Host", "Cookie", "Idempotency-Key"];

    public override ActionMetadata Metadata { get; } = new(
        "request",
        "Calls a configured REST endpoint: a method, a path below it, query, headers, a JSON body; returns the status and values taken from the JSON answer.",
        ActionRisk.Medium);

    public override async Task<ActionResult<RequestOutput>> ExecuteAsync(RequestInput input, ActionContext context)
    {
        var (endpoint, url, refused) = Prepare(input);
        if (refused is not null)
        {
            return refused;
        }

        using var request = new HttpRequestMessage(new HttpMethod(input.Method.ToUpperInvariant()), url);
        if (input.Body is not null)
        {
            request.Content = new StringContent(input.Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in input.Headers ?? new Dictionary<string, string>())
        {
            Endpoints.Set(request, name, value);
        }

        Endpoints.AddHeaders(request, input.Endpoint, endpoint!, context);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return ActionFailure.Transient($"Could not reach endpoint '{input.Endpoint}': {ex.Message}");
        }

        using (response)
        {
            var (text, truncated) = await ResponseText.ReadAsync(response.Content, options.MaxResponseChars, context.CancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var snippet = text.Length > 200 ? text[..200] + "..." : text;
                return HttpFailures.For(response.StatusCode, $"Endpoint '{input.Endpoint}' answered {status} {response.ReasonPhrase}: {snippet}", HttpFailures.RetryAfter(response, context.Time));
            }

            return new RequestOutput(input.Endpoint, request.Method.Method, Endpoints.DisplayUrl(url!), status, text, truncated, Extract(text, truncated, input.Extract), WouldSend: null);
        }
    }

    public override Task<ActionResult<RequestOutput>> SimulateAsync(RequestInput input, ActionContext context)
    {
        var (_, url, failure) = Prepare(input);
        ActionResult<RequestOutput> result = failure is not null
            ? failure
            : new RequestOutput(input.Endpoint, input.Method.ToUpperInvariant(), Endpoints.DisplayUrl(url!), null, null, false, null, new JsonObject
            {
                ["method"] = input.Method.ToUpperInvariant(),
                ["path"] = input.Path,
                ["query"] = input.Query is null ? null : JsonSerializer.SerializeToNode(input.Query),
                ["body"] = input.Body?.DeepClone(),
            });
        return Task.FromResult(result);
    }

    /// <summary>The endpoint and the full URL, or why the request is refused before anything is sent.</summary>
    private (WebhookEndpointOptions? Endpoint, Uri? Url, ActionFailure? Failure) Prepare(RequestInput input)
    {
        if (!Endpoints.TryFind(options, input.Endpoint, out var endpoint, out var failure))
        {
            return (null, null, failure);
        }

        if (!Methods.Contains(input.Method.ToUpperInvariant()))
        {
            return (null, null, ActionFailure.InvalidInput($"method: '{input.Method}' is not one of {string.Join(", ", Methods)}."));
        }

        if (input.Headers?.Keys.FirstOrDefault(h => ReservedHeaders.Contains(h, StringComparer.OrdinalIgnoreCase) || h.Any(c => c <= ' ' || c == ':')) is { } header)
        {
            return (null, null, ActionFailure.InvalidInput($"headers: '{header}' cannot be set by a playbook (credentials, routing and idempotency are the endpoint's)."));
        }

        var path = input.Path ?? string.Empty;
        if (path.Contains("..", StringComparison.Ordinal) || path.Contains("//", StringComparison.Ordinal) || path.Contains('@') || path.Contains('\\')
            || path.Contains(':') || path.Contains('?') || path.Contains('#') || path.Any(char.IsControl))
        {
            return (null, null, ActionFailure.InvalidInput($"path: '{path}' must be a plain relative path (no '..', '//', '@', ':', '?', '#', '\\\\'): it cannot leave endpoint '{input.Endpoint}'."));
        }

        var baseUrl = new Uri(endpoint.Url!.EndsWith('/') ? endpoint.Url : endpoint.Url + "/");
        var url = new UriBuilder(new Uri(baseUrl, Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal)));
        if (input.Query is { Count: > 0 } query)
        {
            url.Query = string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        }

        // The final check: whatever the path did, the request stays on the endpoint's scheme, host and port, below its path.
        var target = url.Uri;
        return target.Scheme == baseUrl.Scheme && target.Authority == baseUrl.Authority && target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)
            ? (endpoint, target, null)
            : (null, null, ActionFailure.InvalidInput($"path: '{path}' leads outside endpoint '{input.Endpoint}'."));
    }

    private static JsonObject? Extract(string text, bool truncated, IReadOnlyDictionary<string, string>? paths)
    {
        if (paths is not { Count: > 0 })
        {
            return null;
        }

        JsonNode? document = null;
        if (!truncated)
        {
            try
            {
                document = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                document = null; // not JSON: every extracted value is null, and the raw body is in the output
            }
        }

        var extracted = new JsonObject();
        foreach (var (name, path) in paths)
        {
            var node = document;
            foreach (var part in path.Split('.'))
            {
                node = node switch
                {
                    JsonObject obj => obj[part],
                    JsonArray array when int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < array.Count => array[i],
                    _ => null,
                };
            }

            extracted[name] = node?.DeepClone();
        }

        return extracted;
    }
}
