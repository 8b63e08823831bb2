using System.Security.Claims;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Api;
using AgentSoar.Contracts.Approvals;

namespace AgentSoar.Console.Approvals;

/// <summary>
/// One way to decide an approval, for the REST API and the console's hub alike: the request is checked here, the
/// decider is the signed-in caller (never a field the client sends), and the Coordinator makes the decision final
/// once, however many times it is asked.
/// </summary>
public sealed class ApprovalDecider(CoordinatorClient coordinator)
{
    /// <summary>Free-text answers and reasons are for a sentence or two, not documents.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The decision, or why it was not sent: a problem with the request (400) or no answer from the Coordinator (503).</summary>
    public async Task<(ApprovalDecisionResult? Result, IResult? Failure)> DecideAsync(
        ClaimsPrincipal caller, Guid approvalId, bool approve, string? reason, string? actionHash, string? answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (answer is { Length: > MaxTextLength } || reason is { Length: > MaxTextLength })
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "Text too long", $"a reason or an answer may be at most {MaxTextLength} characters"));
        }

        if (approve && string.IsNullOrWhiteSpace(actionHash))
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "Approval without action hash", "an approval must carry the action_hash shown with the approval, so it approves exactly that action"));
        }

        var who = caller.CallerName();
        var roles = caller.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return await coordinator.AskAsync<DecideApproval, ApprovalDecisionResult>(
            new DecideApproval(approvalId, approve, who, roles, reason, actionHash) { Answer = answer }, ct);
    }
}
