using System.Net.Http.Headers;
using System.Text;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

/// <summary>
/// What the actions share about the configured endpoints: finding one by name, the URL to show, and the headers every
/// request carries (the configured ones, the idempotency key, and the endpoint's secret, read through the secret store
/// so the host masks it). Only configured endpoints can be reached: that list is the connector's allowlist.
/// </summary>
internal static class Endpoints
{
    public static bool TryFind(WebhookOptions options, string name, out WebhookEndpointOptions endpoint, out ActionFailure failure)
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

    // Credentials and query strings often carry tokens; an output only needs to say where the request went.
    public static string DisplayUrl(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public static void AddHeaders(HttpRequestMessage request, string name, WebhookEndpointOptions endpoint, ActionContext context)
    {
        foreach (var (header, value) in endpoint.Headers)
        {
            Set(request, header, value);
        }

        if (!string.IsNullOrEmpty(context.IdempotencyKey))
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", context.IdempotencyKey);
        }

        var secret = context.Secrets.GetSecret($"Endpoints:{name}:Secret");
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        if (endpoint.Username is { Length: > 0 } user)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
        }
        else if (string.Equals(endpoint.SecretHeader, "Authorization", StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }
        else
        {
            request.Headers.Remove(endpoint.SecretHeader);
            request.Headers.TryAddWithoutValidation(endpoint.SecretHeader, secret);
        }
    }

    public static void Set(HttpRequestMessage request, string header, string value)
    {
        if (!request.Headers.TryAddWithoutValidation(header, value) && request.Content is not null)
        {
            request.Content.Headers.Remove(header);
            request.Content.Headers.TryAddWithoutValidation(header, value);
        }
    }
}
