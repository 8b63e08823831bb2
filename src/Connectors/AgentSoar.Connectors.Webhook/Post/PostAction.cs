using System.Net.Http.Headers;
using System.Text;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

internal sealed class PostAction(WebhookOptions options, HttpClient http) : ConnectorAction<PostInput, PostOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "post",
        "Posts a JSON object to a named, configured HTTP endpoint with an Idempotency-Key header.",
        ActionRisk.Medium);

    public override async Task<ActionResult<PostOutput>> ExecuteAsync(PostInput input, ActionContext context)
    {
        if (!TryFindEndpoint(input.Endpoint, out var endpoint, out var failure))
        {
            return failure;
        }

        using var request = CreateRequest(input, endpoint, context);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return ActionFailure.Transient($"Could not reach webhook endpoint '{input.Endpoint}': {ex.Message}");
        }

        using (response)
        {
            var (text, truncated) = await ResponseText.ReadAsync(response.Content, options.MaxResponseChars, context.CancellationToken);
            var status = (int)response.StatusCode;
            context.Logger.LogDebug($"Posted to webhook endpoint '{input.Endpoint}': {status}.");
            if (response.IsSuccessStatusCode)
            {
                return new PostOutput(input.Endpoint, DisplayUrl(endpoint), status, text, truncated, WouldPost: null);
            }

            var snippet = text.Length > 200 ? text[..200] + "..." : text;
            return HttpFailures.For(
                response.StatusCode,
                $"Webhook endpoint '{input.Endpoint}' answered {status} {response.ReasonPhrase}: {snippet}",
                HttpFailures.RetryAfter(response, context.Time));
        }
    }

    public override Task<ActionResult<PostOutput>> SimulateAsync(PostInput input, ActionContext context)
    {
        ActionResult<PostOutput> result = TryFindEndpoint(input.Endpoint, out var endpoint, out var failure)
            ? new PostOutput(input.Endpoint, DisplayUrl(endpoint), StatusCode: null, ResponseBody: null, ResponseTruncated: false, WouldPost: input.Body)
            : failure;
        return Task.FromResult(result);
    }

    // Credentials and query strings often carry tokens; the output only needs to say where the post went.
    private static string DisplayUrl(WebhookEndpointOptions endpoint) =>
        new Uri(endpoint.Url!).GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private bool TryFindEndpoint(string name, out WebhookEndpointOptions endpoint, out ActionFailure failure)
    {
        if (options.Endpoints.TryGetValue(name, out endpoint!))
        {
            failure = null!;
            return true;
        }

        var known = options.Endpoints.Count == 0
            ? "no endpoint is configured under AgentSoar:Connectors:webhook:Endpoints"
            : "configured endpoints: " + string.Join(", ", options.Endpoints.Keys.Order(StringComparer.Ordinal));
        failure = ActionFailure.InvalidInput($"Unknown webhook endpoint '{name}'; {known}.");
        return false;
    }

    private static HttpRequestMessage CreateRequest(PostInput input, WebhookEndpointOptions endpoint, ActionContext context)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(input.Body.ToJsonString(), Encoding.UTF8, "application/json"),
        };

        foreach (var (name, value) in endpoint.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (!string.IsNullOrEmpty(context.IdempotencyKey))
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", context.IdempotencyKey);
        }

        // Read through the secret store (not the bound options) so the host knows to mask the value.
        var secret = context.Secrets.GetSecret($"Endpoints:{input.Endpoint}:Secret");
        if (!string.IsNullOrEmpty(secret))
        {
            if (string.Equals(endpoint.SecretHeader, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            }
            else
            {
                request.Headers.Remove(endpoint.SecretHeader);
                request.Headers.TryAddWithoutValidation(endpoint.SecretHeader, secret);
            }
        }

        return request;
    }
}
