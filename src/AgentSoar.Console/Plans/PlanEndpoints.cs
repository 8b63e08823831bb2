using AgentSoar.Console.Auth;

namespace AgentSoar.Console.Plans;

/// <summary>
/// A plan the planner only proposed waits for a person: run it (the proposed playbook with the proposed inputs; analysts
/// only when all its actions are low risk) or dismiss it. The first decision wins; later ones get 409.
/// </summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/plans/{id:guid}/run", (Guid id, PlanDecisionRequest? body, HttpContext http, PlanDecider decider, CancellationToken ct) =>
            DecideAsync(id, run: true, body, http, decider, ct)).RequireAuthorization(Roles.CanRun);
        api.MapPost("/plans/{id:guid}/dismiss", (Guid id, PlanDecisionRequest? body, HttpContext http, PlanDecider decider, CancellationToken ct) =>
            DecideAsync(id, run: false, body, http, decider, ct)).RequireAuthorization(Roles.CanWorkCases);
        return api;
    }

    private static async Task<IResult> DecideAsync(Guid id, bool run, PlanDecisionRequest? body, HttpContext http, PlanDecider decider, CancellationToken ct)
    {
        var (result, failure) = await decider.DecideAsync(http.User, id, run, body?.Reason, ct);
        if (failure is not null)
        {
            return failure;
        }

        return result!.Done
            ? result.RunId is { } runId
                ? Results.Created($"/api/v1/runs/{runId}", new { run_id = runId, detail = result.Detail })
                : Results.Ok(new { status = "dismissed", detail = result.Detail })
            : Api.Problems.Of(result.StatusCode, result.StatusCode switch
            {
                404 => "No such plan",
                403 => "Needs a responder",
                409 => "Already decided",
                _ => "Cannot run the plan",
            }, result.Detail);
    }
}

/// <summary>The body of <c>POST /api/v1/plans/{id}/run|dismiss</c> (optional).</summary>
public sealed record PlanDecisionRequest(string? Reason);
