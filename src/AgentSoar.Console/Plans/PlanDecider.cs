using System.Security.Claims;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Api;
using AgentSoar.Console.Runs;
using AgentSoar.Contracts.Planning;

namespace AgentSoar.Console.Plans;

/// <summary>Runs or dismisses a plan the planner only proposed, for the REST API and the console alike, as the signed-in caller.</summary>
public sealed class PlanDecider(CoordinatorClient coordinator)
{
    public const int MaxReasonLength = 2000;

    public async Task<(PlanDecisionResult? Result, IResult? Failure)> DecideAsync(ClaimsPrincipal caller, Guid planId, bool run, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (reason is { Length: > MaxReasonLength })
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "Reason too long", $"a reason may be at most {MaxReasonLength} characters"));
        }

        var who = caller.CallerName();
        return await coordinator.AskAsync<DecidePlan, PlanDecisionResult>(
            new DecidePlan(planId, run, who, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()) { MaxRisk = RunRisk.MaxFor(caller) }, ct);
    }
}
