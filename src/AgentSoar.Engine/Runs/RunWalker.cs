using System.Collections.Immutable;
using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// One application of the engine. It replays the playbook's step tree against the recorded step
/// states: finished steps are passed, the first unstarted one is started, a step in flight blocks.
/// Replaying the tree instead of keeping a program counter is what lets new step kinds nest freely.
/// </summary>
/// <remarks>
/// A failure travels up the tree as an <see cref="Outcome"/>: the failed step's retry, compensation and
/// <c>on_failure</c> apply first, then those of each enclosing step, and only what no step handles stops the run.
/// </remarks>
internal sealed partial class RunWalker(RunState state, EngineContext context, DateTimeOffset now)
{
    public RunState State { get; private set; } = state;

    public List<RunCommand> Commands { get; } = [];

    public void Continue()
    {
        if (State.Status.IsFinal())
        {
            return;
        }

        if (State.Rollback is { } rollback)
        {
            ContinueRollback(rollback);
            return;
        }

        var root = RootFrame();
        var outcome = WalkSequence(context.Playbook.Steps, root);
        if (outcome.Kind == OutcomeKind.Done)
        {
            Finish(root);
        }
        else if (outcome.Kind == OutcomeKind.Failed)
        {
            Stop(outcome.Cause!);
        }
        else
        {
            var waiting = State.Steps.Exists(s => s.Status == StepStatus.WaitingApproval);
            State = State with { Status = waiting ? RunStatus.WaitingApproval : RunStatus.Running };
        }
    }

    private Outcome WalkSequence(IReadOnlyList<Step> steps, Frame frame)
    {
        foreach (var step in steps)
        {
            var outcome = WalkStep(step, frame);
            if (outcome.Kind != OutcomeKind.Done)
            {
                return outcome;
            }
        }

        return Outcome.Done;
    }

    private Outcome WalkStep(Step step, Frame frame)
    {
        var id = frame.InstanceId(step);
        var recorded = State.FindStep(id) ?? StartStep(step, frame, 1, []);
        if (recorded.RestartDue)
        {
            recorded = Restart(step, recorded, frame);
        }

        if (recorded.Status.IsFinal())
        {
            return recorded.Status.IsUnsuccessful() ? Unsuccessful(step, recorded, frame) : Outcome.Done;
        }

        return recorded.RetryAt is not null ? Outcome.Blocked : Advance(step, recorded, frame);
    }

    /// <summary>Moves a step in flight along: a block walks what is inside it; a leaf waits for its event.</summary>
    private Outcome Advance(Step step, StepState recorded, Frame frame) => step switch
    {
        IfStep or SwitchStep when recorded.Taken is int taken => Conclude(step, recorded, WalkSequence(step.Branches.ElementAt(taken), frame), frame),
        ParallelStep fork => Join(fork, recorded, frame),
        ForeachStep loop => AdvanceForeach(loop, recorded, frame),
        WhileStep loop => AdvanceWhile(loop, recorded, frame),
        PlaybookCallStep call => AdvanceCall(call, recorded, frame),
        WaitStep pause when recorded.Deadline <= now => Resumed(pause, recorded, frame),
        _ => Outcome.Blocked,
    };

    private Outcome Resumed(WaitStep step, StepState waiting, Frame frame)
    {
        Resume(step, waiting, frame);
        return WalkStep(step, frame);
    }

    /// <summary>A block whose contents reached an outcome: done, still going, or failed inside.</summary>
    private Outcome Conclude(Step step, StepState recorded, Outcome inner, Frame frame, string? detail = null, JsonNode? output = null)
    {
        switch (inner.Kind)
        {
            case OutcomeKind.Done:
                Finished(recorded with { Status = StepStatus.Succeeded, Detail = detail ?? recorded.Detail, Output = output ?? recorded.Output });
                return Outcome.Done;
            case OutcomeKind.Failed:
                return FailBlock(step, recorded, inner.Cause!, frame);
            default:
                return Outcome.Blocked;
        }
    }

    private StepState StartStep(Step step, Frame frame, int attempt, ImmutableList<StepAttempt> previous)
    {
        var id = frame.InstanceId(step);
        var scope = BuildScope(frame);
        var started = StartKind(step, frame, id, scope);

        // Every attempt carries its number and the ones before it; a block's own timeout starts with it.
        var timesOut = step is not ActionStep && step.Timeout is { } limit && !started.Status.IsFinal() ? now + limit : (DateTimeOffset?)null;
        started = State.FindStep(id)! with { Attempt = attempt, PreviousAttempts = previous, TimesOutAt = timesOut };
        State = State.WithStep(started);
        return started;
    }

    private StepState StartKind(Step step, Frame frame, string id, ExpressionScope scope)
    {
        if (step.Guard is not null)
        {
            var guard = Evaluate(() => step.Guard.IsTrue(scope));
            if (guard.Error is not null)
            {
                return Record(id, step, StepStatus.Failed, error: $"guard: {guard.Error}", errorKind: FailureKinds.Expression);
            }

            if (!guard.Value)
            {
                var skipped = Record(id, step, StepStatus.Skipped, detail: $"skipped: the guard {Describe(step.Guard)} was false") with { Decision = new BranchDecision(Text(step.Guard), "false", "skipped") };
                State = State.WithStep(skipped);
                return skipped;
            }
        }

        return step switch
        {
            ActionStep action => StartAction(id, action, scope),
            IfStep branching => Decide(id, branching, scope),
            SwitchStep choice => Choose(id, choice, scope),
            SetStep assignment => Assign(id, assignment, scope, frame),
            ParallelStep fork => Fork(id, fork),
            WaitStep pause => Pause(id, pause),
            ForeachStep loop => StartForeach(id, loop, scope),
            WhileStep loop => StartWhile(id, loop),
            PlaybookCallStep call => StartCall(id, call, scope, frame),
            ApprovalStep question => Ask(id, question, scope),
            _ => Record(id, step, StepStatus.Failed, error: $"the engine cannot run a step of kind {step.GetType().Name}", errorKind: FailureKinds.Permanent),
        };
    }

    private StepState Decide(string id, IfStep step, ExpressionScope scope)
    {
        var condition = Evaluate(() => step.Condition.IsTrue(scope));
        if (condition.Error is not null)
        {
            return Record(id, step, StepStatus.Failed, error: $"condition: {condition.Error}", errorKind: FailureKinds.Expression);
        }

        var detail = $"the condition {Describe(step.Condition)} was {(condition.Value ? "true: took 'then'" : "false: took 'else'")}";
        var decided = Record(id, step, StepStatus.Running, detail: detail) with
        {
            Taken = condition.Value ? 0 : 1,
            Decision = new BranchDecision(Text(step.Condition), condition.Value ? "true" : "false", condition.Value ? "then" : "else"),
        };
        State = State.WithStep(decided);
        Audit("branch_taken", id, new JsonObject { ["branch"] = condition.Value ? "then" : "else", ["detail"] = detail });
        return decided;
    }

    private void Finish(Frame root)
    {
        var outputs = RenderOutputs(context.Playbook, root);
        if (outputs.Error is not null)
        {
            State = State with { Status = RunStatus.Failed, Reason = outputs.Error };
            AuditRunFinished();
            return;
        }

        State = State with { Status = RunStatus.Succeeded, Outputs = outputs.Value, Reason = null };
        AuditRunFinished();
    }

    /// <summary>A playbook's outputs, evaluated in the frame it ran in.</summary>
    private (JsonObject? Value, string? Error) RenderOutputs(Playbook playbook, Frame frame)
    {
        var outputs = new JsonObject();
        var scope = BuildScope(frame);
        foreach (var output in playbook.Outputs)
        {
            var value = Evaluate(() => output.Value.Render(scope));
            if (value.Error is not null)
            {
                return (null, $"output '{output.Name}': {value.Error}");
            }

            outputs[output.Name] = value.Value;
        }

        return (outputs, null);
    }

    private void Stop(StepState step)
    {
        AbandonWhere(_ => true, "the run has ended");
        var status = step.Status == StepStatus.Denied ? RunStatus.Denied : RunStatus.Failed;
        State = State with { Status = status, Reason = $"step '{step.Id}' {EngineJson.EnumName(step.Status)}: {step.Error ?? step.Detail}" };
        AuditRunFinished();
    }

    private void AuditRunFinished()
    {
        Audit("run_finished", null, new JsonObject { ["status"] = State.Status.ToWire(), ["reason"] = State.Reason, ["outputs"] = State.Outputs?.DeepClone() });
        Commands.Add(new NotifyStepChanged(null, State.Status.ToWire()));
    }

    private StepState Record(string id, Step step, StepStatus status, string? error = null, string? detail = null, string? errorKind = null)
    {
        var recorded = new StepState(id, KindOf(step), status)
        {
            Error = error,
            ErrorKind = status.IsUnsuccessful() ? errorKind ?? FailureKinds.Permanent : null,
            Detail = detail,
            StartedAt = now,
            FinishedAt = status.IsFinal() ? now : null,
        };
        State = State.WithStep(recorded);
        if (status is StepStatus.Skipped or StepStatus.Failed)
        {
            Audit(status == StepStatus.Skipped ? "step_skipped" : "step_failed", id, new JsonObject { ["error"] = error, ["detail"] = detail });
        }

        Commands.Add(new NotifyStepChanged(id, status.ToWire()));
        return recorded;
    }

    private void Audit(string kind, string? stepId, JsonObject data) => Commands.Add(new RecordAudit(kind, stepId, data));

    private static string KindOf(Step step) => step switch
    {
        ActionStep => "action",
        IfStep => "if",
        SwitchStep => "switch",
        SetStep => "set",
        ParallelStep => "parallel",
        WaitStep => "wait",
        ForeachStep => "foreach",
        WhileStep => "while",
        PlaybookCallStep => "playbook",
        ApprovalStep => "approval",
        _ => step.GetType().Name.ToLowerInvariant(),
    };

    /// <summary>The expression text of a template, as the playbook wrote it.</summary>
    private static string Text(Playbooks.Templates.ValueTemplate template) =>
        template.Expressions.Any() ? string.Join(" ", template.Expressions.Select(e => e.Text)) : "(a plain value)";

    private static string Describe(Playbooks.Templates.ValueTemplate template) =>
        template.Expressions.Any() ? string.Join(" ", template.Expressions.Select(e => $"`{e.Text}`")) : "(a plain value)";
}
