using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>What a failure does: another attempt, compensation steps, then fail or continue as the step says.</summary>
internal sealed partial class RunWalker
{
    /// <summary>A failed step: retried if its <c>retry</c> covers the failure, otherwise compensated and settled.</summary>
    private Outcome Unsuccessful(Step step, StepState failed, Frame frame) =>
        ScheduleRetry(step, failed) ? Outcome.Blocked : Settle(step, failed, frame);

    /// <summary>A failure inside a block fails the block, with the inner step's cause; a denial stays a denial.</summary>
    private Outcome FailBlock(Step step, StepState recorded, StepState cause, Frame frame)
    {
        var failed = recorded with
        {
            Status = cause.Status == StepStatus.Denied ? StepStatus.Denied : StepStatus.Failed,
            Error = $"step '{cause.Id}' {EngineJson.EnumName(cause.Status)}: {cause.Error}",
            ErrorKind = cause.ErrorKind ?? FailureKinds.Permanent,
        };
        Finished(failed);
        Audit("step_failed", failed.Id, new JsonObject { ["error"] = failed.Error, ["error_kind"] = failed.ErrorKind });
        return Unsuccessful(step, failed, frame);
    }

    /// <summary>
    /// Runs the compensation steps of a step that has failed for good, then applies its <c>on_failure</c>. What was
    /// still pending inside it is abandoned first, so nothing of a failed block goes on by itself; actions already
    /// sent are waited for before compensating.
    /// </summary>
    private Outcome Settle(Step step, StepState failed, Frame frame)
    {
        var inside = Inside(step, frame).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        AbandonWhere(s => inside.Contains(s.Id), $"step '{failed.Id}' failed");
        if (step.Compensation.Count > 0 && State.Steps.Exists(s => inside.Contains(s.Id) && s.Status == StepStatus.Running && s.ExecutionId is not null))
        {
            // An action inside is still on its way: compensate once its result (or its timeout) is in, so the
            // compensation knows what was really done and does not race it.
            return Outcome.Blocked;
        }

        if (step.Compensation.Count > 0)
        {
            var compensation = WalkSequence(step.Compensation, frame);
            if (compensation.Kind != OutcomeKind.Done)
            {
                return compensation; // still compensating, or the compensation itself failed: that fails, whatever on_failure says
            }
        }

        return step.OnFailure == OnFailure.Continue ? Outcome.Done : Outcome.Failed(failed);
    }

    private bool ScheduleRetry(Step step, StepState failed)
    {
        if (step.Retry is not { } retry || failed.Attempt >= retry.Attempts || !retry.Covers(failed.ErrorKind) || failed.Status == StepStatus.Denied)
        {
            return false;
        }

        var next = failed.Attempt + 1;
        var delay = retry.DelayBefore(next);
        var attempt = new StepAttempt(failed.Attempt, failed.ErrorKind, failed.Error, failed.StartedAt, failed.FinishedAt) { ExecutionId = failed.ExecutionId };
        var detail = $"attempt {failed.Attempt} of {retry.Attempts} failed ({failed.ErrorKind}); attempt {next} in {DurationText.Format(delay)}";
        State = State.WithStep(failed with
        {
            Status = StepStatus.Running,
            RetryAt = now + delay,
            PreviousAttempts = failed.PreviousAttempts.Add(attempt),
            Detail = detail,
            ExecutionId = null,
            ApprovalId = null,
            TimesOutAt = null,
            Deadline = null,
            FinishedAt = null,
        });
        Audit("retry_scheduled", failed.Id, new JsonObject { ["attempt"] = next, ["of"] = retry.Attempts, ["at"] = now + delay, ["error"] = failed.Error });
        Commands.Add(new NotifyStepChanged(failed.Id, StepStatus.Running.ToWire()));
        return true;
    }

    /// <summary>
    /// Starts the next attempt of a step whose retry is due. An action that was dispatched goes out again with the
    /// inputs it was approved with; any other step starts afresh, and what ran inside it is cleared away (kept in
    /// the audit trail), so the new attempt runs every inner step again.
    /// </summary>
    private StepState Restart(Step step, StepState due, Frame frame)
    {
        var attempt = due.Attempt + 1;
        var dispatched = due.PreviousAttempts.LastOrDefault()?.ExecutionId is not null;
        if (step is ActionStep action && dispatched)
        {
            return Dispatch(due.Id, action, due with { RestartDue = false, Attempt = attempt, Error = null, ErrorKind = null }, $"attempt {attempt} of {step.Retry!.Attempts}");
        }

        var inside = Inside(step, frame).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        State = State.WithoutSteps(s => s.Id == due.Id || inside.Contains(s.Id));
        Audit("retry_started", due.Id, new JsonObject { ["attempt"] = attempt, ["cleared"] = new JsonArray(inside.Order(StringComparer.Ordinal).Select(id => (JsonNode?)id).ToArray()) });
        return StartStep(step, frame, attempt, due.PreviousAttempts);
    }

    /// <summary>Closes what is still pending among the matching states: open approvals expire, waits and blocks are skipped.</summary>
    /// <remarks>An action already sent is left running: its result still comes back and is recorded, so the trail says what really happened.</remarks>
    private void AbandonWhere(Func<StepState, bool> match, string why)
    {
        foreach (var step in State.Steps.Where(s => !s.Status.IsFinal() && match(s)).ToList())
        {
            if (step.Status == StepStatus.Running && step.ExecutionId is not null)
            {
                continue;
            }

            if (step.Status == StepStatus.WaitingApproval && step.ApprovalId is Guid approvalId)
            {
                Commands.Add(new ExpireApproval(approvalId, step.Id));
            }

            Finished(step with { Status = StepStatus.Skipped, Detail = $"abandoned: {why}", RetryAt = null, TimesOutAt = null, RestartDue = false });
            Audit("step_abandoned", step.Id, new JsonObject { ["why"] = why });
        }
    }
}
