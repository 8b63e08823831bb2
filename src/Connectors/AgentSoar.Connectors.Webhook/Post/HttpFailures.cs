using System.Net;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Webhook;

/// <summary>Maps an HTTP answer other than 2xx to the failure kinds the host acts on.</summary>
internal static class HttpFailures
{
    public static ActionFailure For(HttpStatusCode status, string message, TimeSpan? retryAfter) => (int)status switch
    {
        408 or 429 or >= 500 => ActionFailure.Transient(message, retryAfter),
        401 or 403 => ActionFailure.Unauthorized(message),
        404 => ActionFailure.NotFound(message),

        // Redirects are not followed (a POST carrying a secret must not wander to another host), so they are an error of configuration.
        _ => ActionFailure.Permanent(message),
    };

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date && date > time.GetUtcNow() ? date - time.GetUtcNow() : null;
    }
}
