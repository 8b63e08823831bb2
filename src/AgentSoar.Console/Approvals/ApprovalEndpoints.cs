using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Console.Approvals;

public static class ApprovalEndpoints
{
    public static IEndpointRouteBuilder MapApprovalEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/approvals/{id:guid}/decision", DecideAsync).RequireAuthorization(Roles.CanDecide);
        return api;
    }

    /// <summary>
    /// Approve or reject. The decider is the authenticated caller, never a field of the body. Each
    /// refusal maps to its own status: 404 unknown, 409 already decided, 403 not allowed, 412 stale hash.
    /// </summary>
    private static async Task<IResult> DecideAsync(Guid id, DecisionRequest? body, HttpContext http, ApprovalDecider decider, CancellationToken ct)
    {
        var approve = body?.Decision?.ToLowerInvariant() switch
        {
            "approve" or "approved" => true,
            "reject" or "rejected" => (bool?)false,
            _ => null,
        };
        if (approve is null)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid decision", "the body must be {\"decision\": \"approve\" | \"reject\", \"reason\": \"...\", \"action_hash\": \"...\", \"answer\": \"...\" (for a question)}");
        }

        var (result, failure) = await decider.DecideAsync(http.User, id, approve.Value, body!.Reason, body.ActionHash, body.Answer, ct);
        if (failure is not null)
        {
            return failure;
        }

        return result!.Outcome switch
        {
            DecisionOutcome.Recorded => Results.Ok(new { status = result.Status, detail = result.Detail, approvals_given = result.ApprovalsGiven, approvals_required = result.ApprovalsRequired }),
            DecisionOutcome.NotFound => Problems.Of(StatusCodes.Status404NotFound, "No such approval", result.Detail),
            DecisionOutcome.AlreadyDecided => Problems.Of(StatusCodes.Status409Conflict, "Already decided", result.Detail),
            DecisionOutcome.HashMismatch => Problems.Of(StatusCodes.Status412PreconditionFailed, "Action changed", result.Detail),
            DecisionOutcome.InvalidAnswer => Problems.Of(StatusCodes.Status422UnprocessableEntity, "Invalid answer", result.Detail),
            _ => Problems.Of(StatusCodes.Status403Forbidden, "Not allowed to decide", result.Detail),
        };
    }
}
