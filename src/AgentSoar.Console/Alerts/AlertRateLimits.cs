using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using AgentSoar.Console.Auth;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Alerts;

/// <summary>
/// One token bucket per alert source (API key): a noisy or hostile source is slowed down with 429 and
/// <c>Retry-After</c>, and can't starve the others. The limits are the key's own <c>AlertsPerSecond</c> and
/// <c>AlertBurst</c>, else <see cref="ApiKeyOptions.AlertsPerSecond"/> and <see cref="ApiKeyOptions.AlertBurst"/>.
/// </summary>
public static class AlertRateLimits
{
    public static IServiceCollection AddAlertRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AlertEndpoints.RatePolicy, http =>
            {
                var services = http.RequestServices;
                var source = http.User.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

                // The limits are looked up when a source's bucket is made, once, not on every alert.
                return RateLimitPartition.GetTokenBucketLimiter(source, name =>
                {
                    var settings = services.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
                    var own = services.GetRequiredService<ApiKeyStore>().Named(name);
                    return new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, own?.AlertBurst ?? settings.AlertBurst),
                        TokensPerPeriod = Math.Max(1, own?.AlertsPerSecond ?? settings.AlertsPerSecond),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    };
                });
            });
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Api.Problems.Of(
                    StatusCodes.Status429TooManyRequests,
                    "Too many alerts",
                    "this source is over its alert rate (AgentSoar:Api:AlertsPerSecond, AlertBurst); retry after the Retry-After seconds")
                    .ExecuteAsync(context.HttpContext);
            };
        });
}
