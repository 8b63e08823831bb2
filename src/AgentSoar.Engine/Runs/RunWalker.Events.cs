using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

internal sealed partial class RunWalker
{
    /// <summary>Applies an event to the step it concerns. False when it concerns nothing waiting (a duplicate, or too late).</summary>
    public bool ApplyEvent(RunEvent @event) => @event switch
    {
        RunStarted or RollbackRequested => false,
        ActionSucceeded done => Complete(done),
        ActionFailedEvent failed => Fail(failed),
        ApprovalResolved resolved => Resolve(resolved),
        DeadlineReached tick => TimeOut(tick),
        _ => false,
    };

    private bool Complete(ActionSucceeded done)
    {
        var step = Awaiting(done.StepId, done.ExecutionId);
        if (step is null)
        {
            return false;
        }

        Finished(step with { Status = StepStatus.Succeeded, Output = done.Output?.DeepClone(), Simulated = done.Simulated, Attempts = done.Attempts });
        Audit("action_succeeded", step.Id, new JsonObject { ["output"] = done.Output?.DeepClone(), ["simulated"] = done.Simulated, ["attempts"] = done.Attempts });
        return true;
    }

    /// <summary>
    /// The step waiting for the result of <paramref name="executionId"/>: running, or asking whether it ran. A real result
    /// that arrives after a redelivered copy was answered "uncertain" (the first host lived to publish it) is the truth:
    /// it settles the step, and the question is withdrawn.
    /// </summary>
    private StepState? Awaiting(string stepId, Guid executionId)
    {
        var step = State.FindStep(stepId);
        if (step is null || step.ExecutionId != executionId)
        {
            return null;
        }

        if (step.Status == StepStatus.Running)
        {
            return step;
        }

        if (step is { Status: StepStatus.WaitingApproval, OutcomeUnknown: true, ApprovalId: Guid question })
        {
            Commands.Add(new ExpireApproval(question, step.Id));
            Audit("outcome_reported", step.Id, new JsonObject { ["approval_id"] = question.ToString() });
            return step with { OutcomeUnknown = false, ApprovalId = null, Error = null, ErrorKind = null };
        }

        return null;
    }

    private bool Fail(ActionFailedEvent failed)
    {
        var step = failed.ErrorKind == FailureKinds.Uncertain
            ? State.FindStep(failed.StepId) is { Status: StepStatus.Running } running && running.ExecutionId == failed.ExecutionId ? running : null
            : Awaiting(failed.StepId, failed.ExecutionId);
        if (step is null)
        {
            return false;
        }

        if (failed.ErrorKind == FailureKinds.Uncertain && Definition(step.Id) is ActionStep action)
        {
            AskWhetherItRan(action, step, failed);
            return true;
        }

        Finished(step with { Status = StepStatus.Failed, Error = $"{failed.ErrorKind}: {failed.Error}", ErrorKind = failed.ErrorKind, Attempts = failed.Attempts });
        Audit("action_failed", step.Id, new JsonObject { ["error_kind"] = failed.ErrorKind, ["error"] = failed.Error, ["attempts"] = failed.Attempts });
        return true;
    }

    private bool Resolve(ApprovalResolved resolved)
    {
        var step = State.FindStep(resolved.StepId);
        if (step is not { Status: StepStatus.WaitingApproval } || step.ApprovalId != resolved.ApprovalId)
        {
            return false;
        }

        var definition = Definition(step.Id);
        if (step.OutcomeUnknown && definition is ActionStep uncertain)
        {
            Decided(uncertain, step, resolved);
            return true;
        }

        if (definition is ApprovalStep question)
        {
            Answered(question, step, resolved);
            return true;
        }

        var who = string.Join(", ", resolved.DecidedBy);
        if (resolved.Approved)
        {
            Audit("approval_granted", step.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString(), ["by"] = who });
            if (definition is ActionStep action)
            {
                Dispatch(step.Id, action, step with { Deadline = null }, $"approved by {who}");
                return true;
            }

            Finished(step with { Status = StepStatus.Failed, Error = "the approved step is no longer in the pinned playbook", ErrorKind = FailureKinds.Permanent });
            return true;
        }

        var error = resolved.Status == "expired"
            ? "the approval expired without a decision (an expired approval is a denial)"
            : $"rejected by {who}{(resolved.Reason is null ? string.Empty : $": {resolved.Reason}")}";
        Finished(step with { Status = StepStatus.Denied, Error = error, ErrorKind = FailureKinds.Denied, Detail = resolved.Status == "expired" ? "the approval expired" : $"rejected by {who}" });
        Audit("approval_denied", step.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString(), ["status"] = resolved.Status, ["by"] = who, ["reason"] = resolved.Reason });
        return true;
    }

    private bool TimeOut(DeadlineReached tick)
    {
        var overdue = State.Steps.Where(s => !s.Status.IsFinal() && s.WakeAt <= tick.At).ToList();
        foreach (var step in overdue)
        {
            if (step.RetryAt <= tick.At)
            {
                // The walker starts the next attempt: only it knows the loop round or called playbook the step is in.
                State = State.WithStep(step with { RetryAt = null, RestartDue = true });
            }
            else if (step.TimesOutAt <= tick.At)
            {
                var limit = Definition(step.Id)?.Timeout is { } timeout ? DurationText.Format(timeout) : "its time";
                var error = $"did not finish within its timeout of {limit}";
                if (step.ApprovalId is Guid open && step.Status == StepStatus.WaitingApproval)
                {
                    Commands.Add(new ExpireApproval(open, step.Id));
                }

                Finished(step with { Status = StepStatus.Failed, Error = $"timeout: {error}", ErrorKind = FailureKinds.Timeout });
                Audit("step_timed_out", step.Id, new JsonObject { ["error"] = error });
            }
            else if (Definition(step.Id) is WaitStep)
            {
                // Due: the walker resumes it, in its own frame, when it passes the step.
            }
            else if (step.Status == StepStatus.WaitingApproval && step.ApprovalId is Guid approvalId)
            {
                // The gate decides, not the clock here: a decision given in time may still be on its
                // way. The ticket answers with ApprovalResolved (expired, or what was decided); until
                // then the step waits, and the watchdog asks again after the grace period.
                Commands.Add(new ExpireApproval(approvalId, step.Id));
                State = State.WithStep(step with { Deadline = tick.At + context.DispatchGrace });
            }
            else if (step.Deadline <= tick.At)
            {
                var error = $"no result from the connector host by {step.Deadline:O}";
                Finished(step with { Status = StepStatus.Failed, Error = $"timeout: {error}", ErrorKind = FailureKinds.Timeout });
                Audit("step_timed_out", step.Id, new JsonObject { ["error"] = error });
            }
        }

        return overdue.Count > 0;
    }

    private void Finished(StepState step)
    {
        State = State.WithStep(step with { FinishedAt = now, Deadline = null, TimesOutAt = null });
        Commands.Add(new NotifyStepChanged(step.Id, step.Status.ToWire()));
    }
}
