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
        if (!Endpoints.TryFind(options, input.Endpoint, out var endpoint, out var failure))
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
        ActionResult<PostOutput> result = Endpoints.TryFind(options, input.Endpoint, out var endpoint, out var failure)
            ? new PostOutput(input.Endpoint, DisplayUrl(endpoint), StatusCode: null, ResponseBody: null, ResponseTruncated: false, WouldPost: input.Body)
            : failure;
        return Task.FromResult(result);
    }

    private static string DisplayUrl(WebhookEndpointOptions endpoint) => Endpoints.DisplayUrl(new Uri(endpoint.Url!));

    private static HttpRequestMessage CreateRequest(PostInput input, WebhookEndpointOptions endpoint, ActionContext context)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(input.Body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        Endpoints.AddHeaders(request, input.Endpoint, endpoint, context);
        return request;
    }
}
