using System.Security.Claims;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts;
using AgentSoar.Contracts.Chat;
using AgentSoar.Contracts.Runs;

namespace AgentSoar.Console.Incidents;

/// <summary>
/// The incident room's chat: the planner answers questions ("why did you pick this?", "what ran here?") and turns
/// commands ("block 203.0.113.9 for 24h") into a connector action, which then starts as a one-step run with the
/// caller as its requester, so it meets the approval gate like any action (and the caller can't approve it).
/// Starting anything above low risk needs the responder or admin role.
/// </summary>
public static class ChatEndpoints
{
    public static IEndpointRouteBuilder MapChatEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/incidents/{id:guid}/chat", ChatAsync).RequireAuthorization(Roles.CanWorkCases);
        return api;
    }

    private static async Task<IResult> ChatAsync(Guid id, ChatRequest? body, HttpContext http, CoordinatorClient coordinator, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Message))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid request", "the body must be {\"message\": \"...\"}");
        }

        var who = http.User.FindFirstValue(ClaimTypes.Name)!;
        var (answer, failure) = await coordinator.AskAsync<ChatRequested, ChatAnswered>(new ChatRequested(id, who, body.Message), ct);
        if (failure is not null)
        {
            return failure;
        }

        if (answer!.Proposal is not { } proposal)
        {
            return Results.Ok(new { kind = answer.Kind, text = answer.Text });
        }

        if (proposal.Risk > RiskLevel.Low && !http.User.IsInRole(Roles.Responder) && !http.User.IsInRole(Roles.Admin))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "Needs a responder",
                $"{answer.Text} Starting a {proposal.Risk.ToString().ToLowerInvariant()}-risk action needs the responder role.");
        }

        var (started, startFailure) = await coordinator.AskAsync<StartActionRun, StartRunResult>(
            new StartActionRun(id, proposal.Connector, proposal.Action, proposal.Inputs, who, body.Message), ct);
        if (startFailure is not null)
        {
            return startFailure;
        }

        return started!.RunId is { } runId
            ? Results.Created($"/api/v1/runs/{runId}", new { kind = answer.Kind, text = answer.Text, proposal, run_id = runId })
            : Problems.Of(started.StatusCode, "Cannot start the action", started.Error!);
    }
}

/// <summary>The body of <c>POST /api/v1/incidents/{id}/chat</c>.</summary>
public sealed record ChatRequest(string? Message);
