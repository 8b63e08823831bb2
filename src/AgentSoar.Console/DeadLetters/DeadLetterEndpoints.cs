using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.DeadLetters;

namespace AgentSoar.Console.DeadLetters;

/// <summary>
/// The dead letters — bus messages a service gave up on, each also in its queue's <c>_error</c> queue — listed with the
/// reason, shown with the (masked) body, and replayed once onto the queue they failed on. For responders and admins:
/// a body can hold an alert's content, and a replay acts on the system.
/// </summary>
public static class DeadLetterEndpoints
{
    public static IEndpointRouteBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder api)
    {
        var letters = api.MapGroup("/dead-letters").RequireAuthorization(Roles.CanRespond);
        letters.MapGet("/", async (CoordinatorClient coordinator, int? limit, CancellationToken ct) =>
        {
            var (list, failure) = await coordinator.AskAsync<GetDeadLetters, DeadLetterList>(new GetDeadLetters(limit ?? 100), ct);
            return failure ?? Results.Ok(list!.DeadLetters);
        });
        letters.MapGet("/{id:guid}", async (Guid id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (details, failure) = await coordinator.AskAsync<GetDeadLetter, DeadLetterDetails>(new GetDeadLetter(id), ct);
            return failure ?? (details!.DeadLetter is { } letter
                ? Results.Ok(DeadLetterMasking.Mask(letter))
                : Problems.Of(StatusCodes.Status404NotFound, "Not found", $"no dead letter has the id {id}"));
        });
        letters.MapPost("/{id:guid}/replay", ReplayAsync);
        return api;
    }

    /// <summary>Replays once: 200 when sent, 404 unknown, 409 replayed already, 422 when it can't be sent as it was.</summary>
    private static async Task<IResult> ReplayAsync(Guid id, HttpContext http, CoordinatorClient coordinator, CancellationToken ct)
    {
        var (result, failure) = await coordinator.AskAsync<ReplayDeadLetter, DeadLetterReplayResult>(new ReplayDeadLetter(id, http.User.CallerName()), ct);
        if (failure is not null)
        {
            return failure;
        }

        return result!.Outcome switch
        {
            DeadLetterReplayOutcome.Replayed => Results.Ok(new { status = "replayed", detail = result.Detail, dead_letter = result.DeadLetter }),
            DeadLetterReplayOutcome.NotFound => Problems.Of(StatusCodes.Status404NotFound, "Not found", result.Detail),
            DeadLetterReplayOutcome.AlreadyReplayed => Problems.Of(StatusCodes.Status409Conflict, "Already replayed", result.Detail),
            _ => Problems.Of(StatusCodes.Status422UnprocessableEntity, "Cannot replay", result.Detail),
        };
    }
}
