using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Queries;

namespace AgentSoar.Console.Catalog;

/// <summary>What the system can do, read-only: the playbooks in service and the connectors announced, answered by the Coordinator.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder api)
    {
        var read = api.MapGroup(string.Empty).RequireAuthorization(Roles.CanRead);

        read.MapGet("/playbooks", async (CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (list, failure) = await coordinator.AskAsync<GetPlaybooks, PlaybookList>(new GetPlaybooks(), ct);
            return failure ?? Results.Ok(list);
        });

        read.MapGet("/playbooks/{id}", async (string id, CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (details, failure) = await coordinator.AskAsync<GetPlaybook, PlaybookDetails>(new GetPlaybook(id), ct);
            return failure ?? (details?.Playbook is { } playbook
                ? Results.Ok(playbook)
                : Problems.Of(StatusCodes.Status404NotFound, "No such playbook", $"no playbook with id '{id}' is in service"));
        });

        read.MapGet("/connectors", async (CoordinatorClient coordinator, CancellationToken ct) =>
        {
            var (list, failure) = await coordinator.AskAsync<GetConnectors, ConnectorList>(new GetConnectors(), ct);
            return failure ?? Results.Ok(list!.Connectors);
        });
        return api;
    }
}
