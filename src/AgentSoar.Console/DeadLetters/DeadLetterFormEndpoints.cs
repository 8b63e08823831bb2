using AgentSoar.Console.Admin;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.DeadLetters;
using Microsoft.AspNetCore.Antiforgery;

namespace AgentSoar.Console.DeadLetters;

/// <summary>The dead-letter page's Replay button: a plain form post with the console cookie and an antiforgery token, doing what the API does.</summary>
public static class DeadLetterFormEndpoints
{
    private const string Page = "/dead-letters";

    public static IEndpointRouteBuilder MapDeadLetterForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dead-letters/{id:guid}/replay", async (Guid id, HttpContext http, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (result, _) = await coordinator.AskAsync<ReplayDeadLetter, DeadLetterReplayResult>(new ReplayDeadLetter(id, http.User.CallerName()), ct);
            return AdminStatus.Back(Page, result?.Outcome == DeadLetterReplayOutcome.Replayed, result?.Detail ?? "the Coordinator did not answer in time; look before trying again");
        }).RequireAuthorization(DeadLetterConsolePolicy.Name).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
