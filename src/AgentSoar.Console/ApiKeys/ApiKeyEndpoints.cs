using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.ApiKeys;

namespace AgentSoar.Console.ApiKeys;

/// <summary>
/// <c>/api/v1/api-keys</c>, for admins: list the keys made in the console (never a key or its hash), make one (the
/// answer carries the key, this once, and is not to be cached), revoke one. Statuses: 200, 201 made, 400 invalid,
/// 404 unknown id, 409 name taken.
/// </summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/api-keys").RequireAuthorization(Roles.CanAdminister);

        keys.MapGet(string.Empty, async (ApiKeyAdministration admin, CancellationToken ct) =>
        {
            var (list, failure) = await admin.ListAsync(ct);
            return failure ?? Results.Ok(list!.Keys);
        });

        keys.MapPost(string.Empty, async (NewApiKeyRequest? body, HttpContext http, ApiKeyAdministration admin, CancellationToken ct) =>
        {
            if (body is null)
            {
                return Problems.Invalid($"the body must be {{\"name\": \"...\", \"roles\": [\"{string.Join("\" | \"", ApiKeyRoles.All)}\"...], \"alert_format\": null, \"alerts_per_second\": null, \"alert_burst\": null}}");
            }

            var (key, result, failure) = await admin.CreateAsync(body, http.User.CallerName(), ct);
            if (failure is not null)
            {
                return failure;
            }

            if (key is null)
            {
                return Refusal(result!);
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Created($"/api/v1/api-keys/{result!.Key!.Id}", new CreatedApiKey(key, result.Key));
        });

        keys.MapPost("/{id:guid}/revoke", async (Guid id, HttpContext http, ApiKeyAdministration admin, CancellationToken ct) =>
        {
            var (result, failure) = await admin.RevokeAsync(id, http.User.CallerName(), ct);
            return failure ?? (result!.Outcome is ApiKeyChangeOutcome.Changed or ApiKeyChangeOutcome.Unchanged
                ? Results.Ok(new { outcome = result.Outcome, detail = result.Detail, api_key = result.Key })
                : Refusal(result));
        });
        return api;
    }

    private static IResult Refusal(ApiKeyChangeResult result) => result.Outcome switch
    {
        ApiKeyChangeOutcome.NotFound => Problems.Of(StatusCodes.Status404NotFound, "No such API key", result.Detail),
        ApiKeyChangeOutcome.Conflict => Problems.Of(StatusCodes.Status409Conflict, "Not possible", result.Detail),
        _ => Problems.Invalid(result.Detail),
    };
}
