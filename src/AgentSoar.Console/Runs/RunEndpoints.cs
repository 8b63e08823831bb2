using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Runs;

namespace AgentSoar.Console.Runs;

public static class RunEndpoints
{
    private const int MaxReasonLength = 2000;

    public static IEndpointRouteBuilder MapRunEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/incidents/{id:guid}/runs", StartAsync).RequireAuthorization(Roles.CanRun);
        api.MapPost("/runs/{id:guid}/rollback", RollbackAsync).RequireAuthorization(Roles.CanRespond);
        return api;
    }

    /// <summary>
    /// Rolls back a finished run: its undoable actions are undone newest first, each through the approval gate with
    /// the caller as proposer. Unknown run: 404; still going or already rolled back: 409.
    /// </summary>
    private static async Task<IResult> RollbackAsync(Guid id, RollbackRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct)
    {
        if (body?.Reason is { Length: > MaxReasonLength })
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Reason too long", $"a reason may be at most {MaxReasonLength} characters");
        }

        var who = http.User.CallerName();
        var (result, failure) = await coordinator.AskAsync<RollbackRun, RollbackRunResult>(new RollbackRun(id, who, body?.Reason), ct);
        if (failure is not null)
        {
            return failure;
        }

        return result!.Accepted
            ? Results.Accepted($"/api/v1/runs/{id}", new { run_id = id, status = "rolling_back" })
            : Problems.Of(result.StatusCode, result.StatusCode == 404 ? "Not found" : "Cannot roll back", result.Error!);
    }

    /// <summary>
    /// Runs a playbook on an incident by hand. Unknown playbook or incident: 404; inputs that don't fit: 422; an analyst
    /// asking for a playbook with an action above low risk: 403.
    /// </summary>
    private static async Task<IResult> StartAsync(Guid id, StartRunRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Playbook))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid run request", "the body must be {\"playbook\": \"<playbook id>\", \"inputs\": {...}}");
        }

        var who = http.User.CallerName();
        var (result, failure) = await coordinator.AskAsync<StartRun, StartRunResult>(new StartRun(id, body.Playbook, body.Inputs, who) { MaxRisk = RunRisk.MaxFor(http.User) }, ct);
        if (failure is not null)
        {
            return failure;
        }

        return result!.RunId is { } runId
            ? Results.Created($"/api/v1/runs/{runId}", new { run_id = runId })
            : Problems.Of(result.StatusCode, result.StatusCode == 404 ? "Not found" : "Cannot start the run", result.Error!);
    }
}
