using System.Security.Claims;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Api;
using AgentSoar.Console.Runs;
using AgentSoar.Contracts.Chat;
using AgentSoar.Contracts.Runs;

namespace AgentSoar.Console.Incidents;

/// <summary>
/// A message to the planner in an incident's room, for the REST API and the console alike. The planner answers
/// questions ("why did you pick this?", "what ran here?") and turns commands ("block 203.0.113.9 for 24h") into a
/// connector action, which then starts as a one-step run with the caller as its requester, so it meets the approval
/// gate like any action (and the caller can't approve it). Starting anything above low risk needs the responder or
/// admin role.
/// </summary>
public sealed class ChatConversation(CoordinatorClient coordinator)
{
    /// <summary>The planner's answer and, for a proposal that started, its run; or why nothing started.</summary>
    public async Task<(ChatOutcome? Outcome, IResult? Failure)> AskAsync(ClaimsPrincipal caller, Guid incidentId, string message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var who = caller.CallerName();
        var (answer, failure) = await coordinator.AskAsync<ChatRequested, ChatAnswered>(new ChatRequested(incidentId, who, message), ct);
        if (failure is not null)
        {
            return (null, failure);
        }

        if (answer!.Proposal is not { } proposal)
        {
            return (new ChatOutcome(answer.Kind, answer.Text, null, null), null);
        }

        if (RunRisk.MaxFor(caller) is { } max && proposal.Risk > max)
        {
            return (null, Problems.Of(StatusCodes.Status403Forbidden, "Needs a responder",
                $"{answer.Text} Starting a {proposal.Risk.ToString().ToLowerInvariant()}-risk action needs the responder role."));
        }

        var (started, startFailure) = await coordinator.AskAsync<StartActionRun, StartRunResult>(
            new StartActionRun(incidentId, proposal.Connector, proposal.Action, proposal.Inputs, who, message), ct);
        if (startFailure is not null)
        {
            return (null, startFailure);
        }

        return started!.RunId is { } runId
            ? (new ChatOutcome(answer.Kind, answer.Text, proposal, runId), null)
            : (null, Problems.Of(started.StatusCode, "Cannot start the action", started.Error!));
    }
}

/// <summary>What came of a chat message: the planner's answer, and for a proposal, the run it started.</summary>
public sealed record ChatOutcome(string Kind, string Text, ChatProposalInfo? Proposal, Guid? RunId);
