using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Incidents;

namespace AgentSoar.Console.Incidents;

/// <summary>
/// Case work: comment on, tag, assign, close and reopen incidents. The Coordinator checks and records
/// every change; the one who asks is always the authenticated caller. Outcomes map to statuses:
/// 200 changed or already so, 201 a comment added, 400 an invalid request, 404 unknown incident,
/// 409 a state that does not allow it. A retry carrying the same <c>Idempotency-Key</c> header changes nothing twice.
/// </summary>
public static class CaseWorkEndpoints
{
    /// <summary>More tags than an incident may carry in one request is certainly a mistake.</summary>
    private const int MaxTagsPerRequest = 64;

    public static IEndpointRouteBuilder MapCaseWorkEndpoints(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/incidents/{id:guid}").RequireAuthorization(Roles.CanWorkCases);
        cases.MapPost("/comments", (Guid id, CommentRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
            body?.Text is null
                ? Task.FromResult(Problems.Invalid("the body must be {\"text\": \"...\"}"))
                : AskAsync(http, coordinator, new CommentOnIncident(id, http.User.CallerName(), body.Text), ct));

        cases.MapPost("/tags", (Guid id, TagsRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
            body is null || (body.Add ?? []).Count + (body.Remove ?? []).Count is 0 or > MaxTagsPerRequest
                ? Task.FromResult(Problems.Invalid($"the body must be {{\"add\": [\"tag\"...], \"remove\": [\"tag\"...]}} with 1 to {MaxTagsPerRequest} tags in all"))
                : AskAsync(http, coordinator, new TagIncident(id, body.Add ?? [], body.Remove ?? [], http.User.CallerName()), ct));

        cases.MapPut("/assignee", (Guid id, AssignRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
            body is null
                ? Task.FromResult(Problems.Invalid("the body must be {\"assignee\": \"name\"} (or null to unassign)"))
                : AskAsync(http, coordinator, new AssignIncident(id, body.Assignee, http.User.CallerName()), ct));

        cases.MapPost("/close", (Guid id, CloseRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(body?.Resolution)
                ? Task.FromResult(Problems.Invalid($"the body must be {{\"resolution\": \"{string.Join("\" | \"", IncidentResolutions.All)}\", \"reason\": \"...\"}}"))
                : AskAsync(http, coordinator, new CloseIncident(id, body.Resolution, body.Reason, http.User.CallerName()), ct));

        cases.MapPost("/reopen", (Guid id, ReopenRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
            AskAsync(http, coordinator, new ReopenIncident(id, body?.Reason, http.User.CallerName()), ct));
        return api;
    }

    private static async Task<IResult> AskAsync<TRequest>(HttpContext http, CoordinatorClient coordinator, TRequest request, CancellationToken ct)
        where TRequest : class
    {
        var messageId = IdempotencyKey.MessageId(http, typeof(TRequest).Name, out var invalidKey);
        if (invalidKey is not null)
        {
            return invalidKey;
        }

        var (result, failure) = await coordinator.AskAsync<TRequest, IncidentChangeResult>(request, ct, messageId);
        if (failure is not null)
        {
            return failure;
        }

        return result!.Outcome switch
        {
            IncidentChangeOutcome.Changed when result.Comment is { } comment => Results.Created($"/api/v1/incidents/{comment.IncidentId}", comment),
            IncidentChangeOutcome.Changed or IncidentChangeOutcome.Unchanged => Results.Ok(new { outcome = result.Outcome, detail = result.Detail, incident = result.Incident }),
            IncidentChangeOutcome.NotFound => Problems.Of(StatusCodes.Status404NotFound, "No such incident", result.Detail),
            IncidentChangeOutcome.Conflict => Problems.Of(StatusCodes.Status409Conflict, "Not possible now", result.Detail),
            _ => Problems.Invalid(result.Detail),
        };
    }
}
