using System.Security.Claims;
using System.Text.Json;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Alerts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Alerts;

public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/alerts", PostAsync).RequireAuthorization(Roles.CanIngest);
        return api;
    }

    /// <summary>
    /// Accepts one OCSF Detection Finding. The body is read with a hard size limit, parsed, and
    /// checked before anything is sent: a refused alert leaves no trace but the 4xx answer.
    /// </summary>
    private static async Task<IResult> PostAsync(HttpContext http, IPublishEndpoint bus, IOptions<ApiKeyOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var limit = options.Value.MaxAlertBytes;
        var body = await BoundedBody.ReadAsync(http.Request.Body, limit, ct);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "Alert too large", $"the body is larger than the limit of {limit} bytes (AgentSoar:Api:MaxAlertBytes)");
        }

        JsonElement finding;
        try
        {
            using var document = JsonDocument.Parse(body);
            finding = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Malformed JSON", $"the body is not valid JSON: {ex.Message}");
        }

        var errors = OcsfFindingValidator.Validate(finding);
        if (errors.Count > 0)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "Not an OCSF Detection Finding", $"{errors.Count} problem(s) in the finding", errors);
        }

        var who = http.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var alertId = Guid.CreateVersion7(clock.GetUtcNow());
        await bus.Publish(new AlertReceived(alertId, who, finding, who, clock.GetUtcNow()), ct);
        return Results.Accepted($"/api/v1/alerts/{alertId}", new { alert_id = alertId, status = "accepted" });
    }
}
