using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Queries;
using AgentSoar.Intake;
using AgentSoar.Intake.Errors;
using AgentSoar.Intake.Ocsf;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Alerts;

public static class AlertEndpoints
{
    /// <summary>The name of the rate limiter policy on alert intake (one budget per source key).</summary>
    public const string RatePolicy = "alerts-per-source";

    /// <summary>How much of a refused body the dead-letter list keeps, to recognise it by.</summary>
    private const int ExcerptBytes = 2048;

    /// <summary>What a refusal for want of the broker asks the sender to wait: about as long as a broker or connection takes to come back.</summary>
    private const int RetryAfterSeconds = 5;

    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/alerts", PostAsync).RequireAuthorization(Roles.CanIngest).RequireRateLimiting(RatePolicy);
        api.MapGet("/alerts/rejected", async (CoordinatorClient coordinator, int? limit, CancellationToken ct) =>
        {
            var (list, failure) = await coordinator.AskAsync<GetRejectedAlerts, RejectedAlertList>(new GetRejectedAlerts(limit ?? 100), ct);
            return failure ?? Results.Ok(list!.Rejected);
        }).RequireAuthorization(Roles.CanRead);
        return api;
    }

    /// <summary>
    /// Accepts one alert: an OCSF Detection Finding, a Sigma match, or any JSON a mapping reads (<c>?format=</c>, else the
    /// key's <c>AlertFormat</c>, else detected). It is read with a hard size limit and normalised before anything is
    /// sent: a refused alert is answered with what is wrong and where, and kept only in the bounded dead-letter list.
    /// </summary>
    /// <remarks>
    /// 202 means the broker confirmed it has the alert (a durable queue, a persistent message), so it is not lost if
    /// any service or the broker restarts after the answer — once the Coordinator has declared its queue: on a brand-new
    /// broker, before any Coordinator ever started, a confirmed message has no queue to go to (ADR 0013). When the broker does not confirm within
    /// <c>AgentSoar:Api:AlertConfirmTimeout</c> the alert is refused with 503 and <c>Retry-After</c>: sending it again is
    /// safe, as a copy that did get through is folded into its incident as a repeat.
    /// </remarks>
    private static async Task<IResult> PostAsync(
        HttpContext http, IPublishEndpoint bus, IOptions<ApiKeyOptions> options, AlertIntake intake, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var logger = logs.CreateLogger(typeof(AlertEndpoints).FullName!);
        var confirmLimit = options.Value.AlertConfirmTimeout;
        var receivedAt = clock.GetUtcNow();
        var who = http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var formatText = http.Request.Query["format"].FirstOrDefault() ?? http.User.FindFirstValue(ApiKeyAuthenticationHandler.AlertFormatClaim);
        if (formatText is not null && intake.FormatProblem(formatText) is { } formatProblem)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Unknown alert format", formatProblem);
        }

        var format = formatText is null ? AlertFormat.Auto : AlertFormat.Parse(formatText);
        var limit = options.Value.MaxAlertBytes;
        var body = await BoundedBody.ReadAsync(http.Request.Body, limit, ct);
        if (body is null)
        {
            var tooLarge = new AlertNormalizationError(AlertErrorKind.TooLarge, "$", $"the body is larger than the limit of {limit} bytes (AgentSoar:Api:MaxAlertBytes)");
            await RejectAsync(bus, who, format, tooLarge, [], limit, receivedAt, confirmLimit, logger, ct);
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "Alert too large", tooLarge.Message);
        }

        var text = Encoding.UTF8.GetString(body);
        var normalized = intake.Normalizer.TryNormalize(text, format, out var error);
        if (normalized is null)
        {
            await RejectAsync(bus, who, format, error!, body, body.Length, receivedAt, confirmLimit, logger, ct);
            return Refusal(error!, text);
        }

        var alertId = Guid.CreateVersion7(receivedAt);
        var finding = JsonSerializer.SerializeToElement(normalized.Finding);
        if (!await BrokerHandOff.TryPublishAsync(bus, new AlertReceived(alertId, who, finding, who, receivedAt), confirmLimit, logger, ct))
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Problems.Of(
                StatusCodes.Status503ServiceUnavailable,
                "Message broker unavailable",
                $"the alert was not accepted: the message broker did not confirm it within {confirmLimit.TotalSeconds:0.#}s (AgentSoar:Api:AlertConfirmTimeout); send it again after the Retry-After seconds");
        }

        return Results.Accepted($"/api/v1/alerts/{alertId}", new { alert_id = alertId, status = "accepted", format = normalized.Format.ToString() });
    }

    private static IResult Refusal(AlertNormalizationError error, string text)
    {
        if (error.Kind == AlertErrorKind.MalformedJson)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Malformed JSON", $"the body is not valid JSON: {error.Message}");
        }

        if (error.Kind == AlertErrorKind.TooLarge)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "Alert too large", error.ToString());
        }

        // An OCSF finding gets every problem at once, so a sender fixes them in one go.
        var every = error.Kind is AlertErrorKind.MissingField or AlertErrorKind.InvalidValue && ParseObject(text) is { } alert && alert.ContainsKey("class_uid")
            ? OcsfFindingValidator.Validate(alert).Select(e => $"{e.Path}: {e.Message}").ToList()
            : [$"{error.Path}: {error.Message}"];
        var title = error.Kind switch
        {
            AlertErrorKind.NotAnObject => "Not an alert",
            AlertErrorKind.Unmappable => "Unmappable alert",
            _ => "Invalid alert",
        };
        return Problems.Of(StatusCodes.Status422UnprocessableEntity, title, error.ToString(), every);
    }

    private static JsonObject? ParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Records a refused alert in the dead-letter list, best effort: with the broker away the sender still gets its answer.</summary>
    private static Task RejectAsync(
        IPublishEndpoint bus, string who, AlertFormat format, AlertNormalizationError error, byte[] body, int bytes, DateTimeOffset at, TimeSpan limit, ILogger logger, CancellationToken ct)
    {
        var excerpt = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, ExcerptBytes));
        var kind = JsonNamingPolicy.SnakeCaseLower.ConvertName(error.Kind.ToString());
        var formatName = format.Kind == AlertFormatKind.Auto ? null : format.ToString();
        return BrokerHandOff.TryPublishAsync(bus, new AlertRejected(Guid.CreateVersion7(at), who, formatName, kind, error.Path, error.Message, excerpt, bytes, at), limit, logger, ct);
    }
}
