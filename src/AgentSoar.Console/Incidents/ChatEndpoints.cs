using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;

namespace AgentSoar.Console.Incidents;

/// <summary>The incident room's chat over the REST API; see <see cref="ChatConversation"/>.</summary>
public static class ChatEndpoints
{
    public static IEndpointRouteBuilder MapChatEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/incidents/{id:guid}/chat", ChatAsync).RequireAuthorization(Roles.CanWorkCases);
        return api;
    }

    private static async Task<IResult> ChatAsync(Guid id, ChatRequest? body, HttpContext http, ChatConversation chat, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Message))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid request", "the body must be {\"message\": \"...\"}");
        }

        var (outcome, failure) = await chat.AskAsync(http.User, id, body.Message, ct);
        if (failure is not null)
        {
            return failure;
        }

        return outcome!.RunId is { } runId
            ? Results.Created($"/api/v1/runs/{runId}", new { kind = outcome.Kind, text = outcome.Text, proposal = outcome.Proposal, run_id = runId })
            : Results.Ok(new { kind = outcome.Kind, text = outcome.Text });
    }
}

/// <summary>The body of <c>POST /api/v1/incidents/{id}/chat</c>.</summary>
public sealed record ChatRequest(string? Message);
