using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Console.Api;
using AgentSoar.Console.Approvals;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Incidents;
using AgentSoar.Console.Plans;
using AgentSoar.Console.Runs;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Queries;
using AgentSoar.Contracts.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSoar.Console.Ui.Room;

/// <summary>
/// Carries out what a person does in an incident room — a typed line or a click on an approval card — as the
/// signed-in caller, under the same role policies as the REST API, by sending commands to the Coordinator.
/// </summary>
public sealed class RoomActions(CoordinatorClient coordinator, ApprovalDecider decider, PlanDecider plans, ChatConversation chat, IAuthorizationService authorization)
{
    /// <summary>The name the planner's answers are kept under in the room.</summary>
    public const string PlannerAuthor = "planner";

    /// <summary>An incident's approvals as numbered in its room (#1 is the oldest).</summary>
    public const int MaxApprovalsPerRoom = 500;

    public async Task<RoomReply> ExecuteAsync(ClaimsPrincipal caller, Guid incidentId, string? line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var command = RoomCommandParser.Parse(line);
        var policy = command switch
        {
            ApproveCommand or RejectCommand => Roles.CanDecide,
            RunCommand => Roles.CanRun,
            RollbackCommand => Roles.CanRespond,
            HelpCommand or InvalidCommand => null,
            _ => Roles.CanWorkCases,
        };
        if (policy is not null && !(await authorization.AuthorizeAsync(caller, policy)).Succeeded)
        {
            return RoomReply.Refused($"Your role does not allow this ({Describe(policy)}).");
        }

        return command switch
        {
            SayCommand say => await SayAsync(caller, incidentId, say.Text, ct),
            ApproveCommand a => await DecideNumberedAsync(caller, incidentId, a.Number, approve: true, a.Note, ct),
            RejectCommand r => await DecideNumberedAsync(caller, incidentId, r.Number, approve: false, r.Reason, ct),
            RunCommand run => await RunAsync(caller, incidentId, run, ct),
            AssignCommand assign => await ChangeAsync(new AssignIncident(incidentId, assign.Assignee is { } a && a.Equals("me", StringComparison.OrdinalIgnoreCase) ? caller.CallerName() : assign.Assignee, caller.CallerName()), ct),
            CloseCommand close => await ChangeAsync(new CloseIncident(incidentId, close.Resolution, close.Reason, caller.CallerName()), ct),
            ReopenCommand reopen => await ChangeAsync(new ReopenIncident(incidentId, reopen.Reason, caller.CallerName()), ct),
            RollbackCommand rollback => await RollbackAsync(caller, incidentId, rollback, ct),
            HelpCommand => RoomReply.Done(RoomCommandParser.Help),
            InvalidCommand invalid => RoomReply.Refused(invalid.Problem),
            _ => RoomReply.Refused("unknown command"),
        };
    }

    /// <summary>A click on an approval card: the hash is the one the card showed, so only what was seen is approved.</summary>
    public async Task<RoomReply> DecideAsync(ClaimsPrincipal caller, Guid approvalId, bool approve, string? actionHash, string? reason, string? answer, CancellationToken ct)
    {
        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            return RoomReply.Refused("Say why you reject it: the reason goes in the audit trail.");
        }

        var (result, failure) = await decider.DecideAsync(caller, approvalId, approve, reason, actionHash, answer, ct);
        return failure is not null ? Refusal(failure) : Describe(result!, approve);
    }

    /// <summary>Run or Dismiss on a plan the planner only proposed: running needs the right to run, dismissing the right to work cases.</summary>
    public async Task<RoomReply> DecidePlanAsync(ClaimsPrincipal caller, Guid planId, bool run, string? reason, CancellationToken ct)
    {
        var policy = run ? Roles.CanRun : Roles.CanWorkCases;
        if (!(await authorization.AuthorizeAsync(caller, policy)).Succeeded)
        {
            return RoomReply.Refused($"Your role does not allow this ({Describe(policy)}).");
        }

        var (result, failure) = await plans.DecideAsync(caller, planId, run, reason, ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        return !result!.Done ? RoomReply.Refused(result.Detail)
            : result.RunId is { } runId ? RoomReply.Done($"Started the proposed playbook as run {Short(runId)}.")
            : RoomReply.Done("Dismissed the proposal.");
    }

    private async Task<RoomReply> SayAsync(ClaimsPrincipal caller, Guid incidentId, string text, CancellationToken ct)
    {
        // The message is the author's in the room whatever the planner makes of it.
        var (comment, failure) = await coordinator.AskAsync<CommentOnIncident, IncidentChangeResult>(new CommentOnIncident(incidentId, caller.CallerName(), text), ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        if (comment!.Outcome != IncidentChangeOutcome.Changed)
        {
            return RoomReply.Refused(comment.Detail);
        }

        var (outcome, chatFailure) = await chat.AskAsync(caller, incidentId, text, ct);
        if (chatFailure is not null)
        {
            return RoomReply.Refused($"Your message is in the room, but the planner's answer did not come back: {Refusal(chatFailure).Text}");
        }

        if (outcome!.Kind is "not_understood" or "help")
        {
            // Words between people: the planner's "I did not understand" is for the writer only, not the room.
            return RoomReply.Done($"Posted. (The planner did not take it as a request: {outcome.Text})");
        }

        var answer = outcome.RunId is { } runId ? $"{outcome.Text} Started as run {Short(runId)}." : outcome.Text;
        await coordinator.AskAsync<CommentOnIncident, IncidentChangeResult>(new CommentOnIncident(incidentId, PlannerAuthor, answer), ct);
        return RoomReply.Done(answer);
    }

    private async Task<RoomReply> DecideNumberedAsync(ClaimsPrincipal caller, Guid incidentId, int number, bool approve, string? reason, CancellationToken ct)
    {
        var (list, failure) = await coordinator.AskAsync<GetApprovals, ApprovalList>(new GetApprovals(null, MaxApprovalsPerRoom) { IncidentId = incidentId }, ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        if (number > list!.Approvals.Count)
        {
            return RoomReply.Refused(list.Approvals.Count == 0 ? "This incident has no approvals." : $"There is no approval #{number}: this incident has {list.Approvals.Count}.");
        }

        var approval = list.Approvals[number - 1];
        return await DecideAsync(caller, approval.Id, approve, approval.ActionHash, reason, answer: null, ct);
    }

    private async Task<RoomReply> RunAsync(ClaimsPrincipal caller, Guid incidentId, RunCommand run, CancellationToken ct)
    {
        var inputs = new JsonObject();
        foreach (var (key, value) in run.Inputs)
        {
            inputs[key] = run.Quoted.Contains(key) ? JsonValue.Create(value) : Scalar(value);
        }

        var (result, failure) = await coordinator.AskAsync<StartRun, StartRunResult>(
            new StartRun(incidentId, run.Playbook, JsonSerializer.SerializeToElement(inputs), caller.CallerName()) { MaxRisk = RunRisk.MaxFor(caller) }, ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        return result!.RunId is { } runId
            ? RoomReply.Done($"Started {run.Playbook} as run {Short(runId)}.")
            : RoomReply.Refused($"{run.Playbook} did not start: {result.Error}");
    }

    private async Task<RoomReply> RollbackAsync(ClaimsPrincipal caller, Guid incidentId, RollbackCommand rollback, CancellationToken ct)
    {
        var (details, failure) = await coordinator.AskAsync<GetIncident, IncidentDetails>(new GetIncident(incidentId), ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        var matches = (details!.Runs ?? []).Where(r => r.Id.ToString().StartsWith(rollback.RunIdPrefix, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
        {
            return RoomReply.Refused(matches.Count == 0 ? $"No run of this incident starts with {rollback.RunIdPrefix}." : $"{matches.Count} runs start with {rollback.RunIdPrefix}: give more of the id.");
        }

        var (result, rollbackFailure) = await coordinator.AskAsync<RollbackRun, RollbackRunResult>(new RollbackRun(matches[0].Id, caller.CallerName(), rollback.Reason), ct);
        if (rollbackFailure is not null)
        {
            return Refusal(rollbackFailure);
        }

        return result!.Accepted
            ? RoomReply.Done($"Rolling back run {Short(matches[0].Id)}: each undo goes through the approval gate.")
            : RoomReply.Refused(result.Error ?? "the run cannot be rolled back");
    }

    private async Task<RoomReply> ChangeAsync<TRequest>(TRequest request, CancellationToken ct)
        where TRequest : class
    {
        var (result, failure) = await coordinator.AskAsync<TRequest, IncidentChangeResult>(request, ct);
        if (failure is not null)
        {
            return Refusal(failure);
        }

        return result!.Outcome is IncidentChangeOutcome.Changed or IncidentChangeOutcome.Unchanged
            ? RoomReply.Done(result.Detail)
            : RoomReply.Refused(result.Detail);
    }

    private static RoomReply Describe(ApprovalDecisionResult result, bool approve) => result.Outcome switch
    {
        DecisionOutcome.Recorded when result.Status == "pending" =>
            RoomReply.Done($"Your approval is recorded: {result.ApprovalsGiven} of {result.ApprovalsRequired}; waiting for another approver."),
        DecisionOutcome.Recorded => RoomReply.Done(approve ? $"Approved: {result.Detail}" : $"Rejected: {result.Detail}"),
        _ => RoomReply.Refused(result.Detail),
    };

    private static RoomReply Refusal(IResult failure) =>
        RoomReply.Refused(failure is ProblemHttpResult problem ? problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "refused" : "refused");

    /// <summary>Unquoted numbers and true/false typed in a command are meant as such; anything else is text.</summary>
    private static JsonNode? Scalar(string value) =>
        value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            // Only what reads back the same: 007 stays the text it was typed as.
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == value => JsonValue.Create(n),
            _ => JsonValue.Create(value),
        };

    private static string Describe(string policy) => policy switch
    {
        Roles.CanDecide => "deciding approvals needs the responder or admin role",
        Roles.CanRun => "running playbooks needs the analyst, responder or admin role",
        Roles.CanRespond => "rolling back needs the responder or admin role",
        _ => "working on incidents needs the analyst, responder or admin role",
    };

    public static string Short(Guid id) => id.ToString()[..8];
}
