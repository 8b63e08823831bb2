using System.Text.Json.Nodes;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// An action whose outcome is unknown: its connector host stopped while running it, and the action is not idempotent,
/// so the command redelivered to a host was not run again (<see cref="FailureKinds.Uncertain"/>). Repeating it blindly
/// could block twice, mail twice, open two tickets; failing it blindly could leave the run thinking nothing was done.
/// A person who can check the target decides, through the same gate as an approval.
/// </summary>
internal sealed partial class RunWalker
{
    private void AskWhetherItRan(ActionStep action, StepState running, ActionFailedEvent failed)
    {
        var text = $"{action.Connector}.{action.Action} may or may not have taken effect: {failed.Error} " +
            $"Check the target, then answer {UnknownOutcome.RunAgain} (send it again), {UnknownOutcome.TookEffect} (count it as done) or {UnknownOutcome.Fail} (fail the step).";
        var asked = new JsonObject
        {
            ["question"] = text,
            ["answer"] = EngineJson.EnumName(AnswerKind.Choice),
            ["choices"] = new JsonArray(UnknownOutcome.Choices.Select(c => (JsonNode?)c).ToArray()),
            ["action"] = $"{action.Connector}.{action.Action}",
            ["action_hash"] = running.ActionHash,
            ["execution_id"] = failed.ExecutionId.ToString(),
        };

        // Whoever could approve the action decides what to do about it; at least one person, even for an action that ran autonomously.
        var requirement = ApprovalRequirementEvaluator.Evaluate(context.Policy, context.Actions.Find(action.Connector, action.Action), action.Approval, running.Inputs);
        var approvalId = NextId(running.Id, "outcome");
        var expiresAt = now + requirement.Expiry;
        var hash = ActionHash.Compute(QuestionConnector, QuestionAction, asked);
        var waiting = running with
        {
            Status = StepStatus.WaitingApproval,
            OutcomeUnknown = true,
            ApprovalId = approvalId,
            Deadline = expiresAt,
            Error = $"{failed.ErrorKind}: {failed.Error}",
            ErrorKind = failed.ErrorKind,
            Detail = "outcome unknown: waiting for a person to say whether it took effect",
        };
        State = State.WithStep(waiting);
        Commands.Add(new RequestApproval(
            approvalId, running.Id, QuestionConnector, QuestionAction, asked.DeepClone(), hash, requirement.Risk,
            Math.Max(1, requirement.Approvers), requirement.Role, State.StartedBy, "the action's outcome is unknown and it is not idempotent", expiresAt)
        {
            Question = new ApprovalQuestion(text, EngineJson.EnumName(AnswerKind.Choice), UnknownOutcome.Choices),
            Asset = requirement.Asset,
        });
        Audit("outcome_unknown", running.Id, new JsonObject
        {
            ["execution_id"] = failed.ExecutionId.ToString(),
            ["error"] = failed.Error,
            ["approval_id"] = approvalId.ToString(),
            ["expires_at"] = expiresAt,
        });
        Commands.Add(new NotifyStepChanged(running.Id, waiting.Status.ToWire()));
    }

    private void Decided(ActionStep action, StepState waiting, ApprovalResolved resolved)
    {
        var who = string.Join(", ", resolved.DecidedBy);
        var cleared = waiting with { OutcomeUnknown = false, ApprovalId = null, Error = null, ErrorKind = null };
        switch (resolved.Approved ? resolved.Answer : null)
        {
            case UnknownOutcome.RunAgain:
                Audit("outcome_decided", waiting.Id, new JsonObject { ["decision"] = UnknownOutcome.RunAgain, ["by"] = who });
                // A new attempt with a new execution and idempotency key: the host that was asked again refused the
                // old key, and the trace keeps the unknown attempt.
                var unknown = new StepAttempt(waiting.Attempt, FailureKinds.Uncertain, waiting.Error, waiting.StartedAt, now) { ExecutionId = waiting.ExecutionId };
                Dispatch(waiting.Id, action, cleared with { Deadline = null, Attempt = waiting.Attempt + 1, PreviousAttempts = waiting.PreviousAttempts.Add(unknown) }, $"outcome was unknown; {who} chose to run it again");
                return;
            case UnknownOutcome.TookEffect:
                Finished(cleared with
                {
                    Status = StepStatus.Succeeded,
                    Output = new JsonObject { ["outcome"] = UnknownOutcome.TookEffect, ["confirmed_by"] = new JsonArray(resolved.DecidedBy.Select(d => (JsonNode?)d).ToArray()), ["reason"] = resolved.Reason },
                    Detail = $"outcome was unknown; {who} confirmed it took effect",
                });
                Audit("outcome_decided", waiting.Id, new JsonObject { ["decision"] = UnknownOutcome.TookEffect, ["by"] = who, ["reason"] = resolved.Reason });
                return;
        }

        // Failed on a person's word, or when nobody decided in time: the step fails for good and on_failure applies.
        // The kind stays "uncertain", which retry never covers: running it again was the choice not made.
        var expired = resolved.Status == "expired";
        var error = expired
            ? "the outcome was unknown and nobody decided in time; not run again"
            : $"the outcome was unknown; {who} chose to fail the step{(resolved.Reason is null ? string.Empty : $": {resolved.Reason}")}";
        Finished(waiting with
        {
            OutcomeUnknown = false,
            Status = StepStatus.Failed,
            Error = error,
            ErrorKind = FailureKinds.Uncertain,
            Detail = expired ? "outcome unknown; the question expired" : $"outcome unknown; failed by {who}",
        });
        Audit("outcome_decided", waiting.Id, new JsonObject { ["decision"] = expired ? "expired" : UnknownOutcome.Fail, ["by"] = who, ["reason"] = resolved.Reason });
    }
}
