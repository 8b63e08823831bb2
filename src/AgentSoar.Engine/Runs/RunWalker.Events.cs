using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

internal sealed partial class RunWalker
{
    /// <summary>Applies an event to the step it concerns. False when it concerns nothing waiting (a duplicate, or too late).</summary>
    public bool ApplyEvent(RunEvent @event) => @event switch
    {
        RunStarted => false,
        ActionSucceeded done => Complete(done),
        ActionFailedEvent failed => Fail(failed),
        ApprovalResolved resolved => Resolve(resolved),
        DeadlineReached tick => TimeOut(tick),
        _ => false,
    };

    private bool Complete(ActionSucceeded done)
    {
        var step = State.FindStep(done.StepId);
        if (step is not { Status: StepStatus.Running } || step.ExecutionId != done.ExecutionId)
        {
            return false;
        }

        Finished(step with { Status = StepStatus.Succeeded, Output = done.Output?.DeepClone(), Simulated = done.Simulated, Attempts = done.Attempts });
        Audit("action_succeeded", step.Id, new JsonObject { ["output"] = done.Output?.DeepClone(), ["simulated"] = done.Simulated, ["attempts"] = done.Attempts });
        return true;
    }

    private bool Fail(ActionFailedEvent failed)
    {
        var step = State.FindStep(failed.StepId);
        if (step is not { Status: StepStatus.Running } || step.ExecutionId != failed.ExecutionId)
        {
            return false;
        }

        Finished(step with { Status = StepStatus.Failed, Error = $"{failed.ErrorKind}: {failed.Error}", Attempts = failed.Attempts });
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

        var who = string.Join(", ", resolved.DecidedBy);
        if (resolved.Approved)
        {
            Audit("approval_granted", step.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString(), ["by"] = who });
            if (context.Playbook.FindStep(step.Id) is ActionStep action)
            {
                Dispatch(action, step with { Deadline = null }, $"approved by {who}");
                return true;
            }

            Finished(step with { Status = StepStatus.Failed, Error = "the approved step is no longer in the pinned playbook" });
            return true;
        }

        var error = resolved.Status == "expired"
            ? "the approval expired without a decision (an expired approval is a denial)"
            : $"rejected by {who}{(resolved.Reason is null ? string.Empty : $": {resolved.Reason}")}";
        Finished(step with { Status = StepStatus.Denied, Error = error });
        Audit("approval_denied", step.Id, new JsonObject { ["approval_id"] = resolved.ApprovalId.ToString(), ["status"] = resolved.Status, ["by"] = who, ["reason"] = resolved.Reason });
        return true;
    }

    private bool TimeOut(DeadlineReached tick)
    {
        var overdue = State.Steps.Where(s => !s.Status.IsFinal() && s.Deadline <= tick.At).ToList();
        foreach (var step in overdue)
        {
            if (context.Playbook.FindStep(step.Id) is WaitStep pause)
            {
                Resume(pause, step);
            }
            else if (step.Status == StepStatus.WaitingApproval && step.ApprovalId is Guid approvalId)
            {
                // The gate decides, not the clock here: a decision given in time may still be on its
                // way. The ticket answers with ApprovalResolved (expired, or what was decided); until
                // then the step waits, and the watchdog asks again after the grace period.
                Commands.Add(new ExpireApproval(approvalId, step.Id));
                State = State.WithStep(step with { Deadline = tick.At + context.DispatchGrace });
            }
            else
            {
                var error = $"no result from the connector host by {step.Deadline:O}";
                Finished(step with { Status = StepStatus.Failed, Error = $"timeout: {error}" });
                Audit("step_timed_out", step.Id, new JsonObject { ["error"] = error });
            }
        }

        return overdue.Count > 0;
    }

    private void Finished(StepState step)
    {
        State = State.WithStep(step with { FinishedAt = now, Deadline = null });
        Commands.Add(new NotifyStepChanged(step.Id, step.Status.ToWire()));
    }
}
