using AgentSoar.Console.Api;
using AgentSoar.Console.Approvals;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Runs;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Incidents;

/// <summary>The read side of the API: incidents, runs, approvals and the audit trail, answered by the Coordinator.</summary>
public static class ReadEndpoints
{
    public static IEndpointRouteBuilder MapReadEndpoints(this IEndpointRouteBuilder api)
    {
        var read = api.MapGroup(string.Empty).RequireAuthorization(Roles.CanRead);

        read.MapGet("/incidents", async (CoordinatorClient coordinator, int? limit, CancellationToken ct) =>
            Answer(await coordinator.AskAsync<GetIncidents, IncidentList>(new GetIncidents(limit ?? 100), ct), r => r.Incidents));

        read.MapGet("/incidents/{id:guid}", async (Guid id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (details, failure) = await coordinator.AskAsync<GetIncident, IncidentDetails>(new GetIncident(id), ct);
            return failure ?? (details?.Incident is null ? NotFound("incident", id) : Results.Ok(details with { Runs = RunViewMasking.Mask(details.Runs), Plans = [.. details.Plans.Select(ApprovalViewMasking.Mask)] }));
        });

        read.MapGet("/alerts/{id:guid}", async (Guid id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (details, failure) = await coordinator.AskAsync<GetAlert, AlertDetails>(new GetAlert(id), ct);
            return failure ?? (details?.Alert is null
                ? Problems.Of(StatusCodes.Status404NotFound, "No such alert", $"no alert with id {id} has been recorded (an alert just accepted is recorded within moments)")
                : Results.Ok(details.Alert));
        });

        read.MapGet("/runs", async (CoordinatorClient coordinator, Guid? incident, int? limit, CancellationToken ct) =>
            Answer(await coordinator.AskAsync<GetRuns, RunList>(new GetRuns(incident, limit ?? 100), ct), r => RunViewMasking.Mask(r.Runs)));

        read.MapGet("/runs/{id:guid}", async (Guid id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (details, failure) = await coordinator.AskAsync<GetRun, RunDetails>(new GetRun(id), ct);
            return failure ?? (details?.Run is null ? NotFound("run", id) : Results.Ok(RunViewMasking.Mask(details.Run)));
        });

        // Pending ones unless asked otherwise (status=all: every status); with incident=ID, that incident's, oldest first.
        read.MapGet("/approvals", async (CoordinatorClient coordinator, string? status, Guid? incident, int? limit, CancellationToken ct) =>
            Answer(await coordinator.AskAsync<GetApprovals, ApprovalList>(
                new GetApprovals(status == "all" ? null : status ?? "pending", limit ?? 100) { IncidentId = incident }, ct), r => ApprovalViewMasking.Mask(r.Approvals)));

        read.MapGet("/audit", async (CoordinatorClient coordinator, Guid? incident, Guid? run, string? actor, string? kind, long? after, int? limit, bool? verify, CancellationToken ct) =>
            Answer(await coordinator.AskAsync<GetAudit, AuditList>(new GetAudit(incident, run, after ?? 0, limit ?? 500, verify ?? false) { Actor = actor, Kind = kind }, ct), r => r));
        return api;
    }

    public static IResult NotFound(string what, Guid id) =>
        Problems.Of(StatusCodes.Status404NotFound, $"No such {what}", $"no {what} with id {id}");

    private static IResult Answer<T>((T? Response, IResult? Failure) answer, Func<T, object> body)
        where T : class =>
        answer.Failure ?? Results.Ok(body(answer.Response!));
}
