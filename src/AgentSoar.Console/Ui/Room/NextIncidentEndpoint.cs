using AgentSoar.Console.Api;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Ui.Room;

public static class NextIncidentEndpoint
{
    /// <summary>
    /// <c>/incidents/{id}/next</c>: goes to the open incident after this one in the list's order (newest change first,
    /// round to the start), or back to the list. Worked out on the click, not each time a room redraws itself.
    /// </summary>
    public static IEndpointRouteBuilder MapNextIncident(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incidents/{id:guid}/next", async (Guid id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (list, _) = await coordinator.AskAsync<GetIncidents, IncidentList>(new GetIncidents(500), ct);
            var open = (list?.Incidents ?? []).Where(i => i.Status != "closed").OrderByDescending(i => i.UpdatedAt).Select(i => i.Id).ToList();
            var next = open.Count == 0 ? (Guid?)null : open[(open.IndexOf(id) + 1) % open.Count];
            return Results.Redirect(next is { } to && to != id ? $"/incidents/{to}" : "/incidents");
        }).RequireAuthorization(ConsoleUiPolicy.SignedIn);
        return app;
    }
}
