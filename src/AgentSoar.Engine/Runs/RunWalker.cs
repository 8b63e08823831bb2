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
internal sealed partial class RunWalker(RunState state, EngineContext context, DateTimeOffset now)
{
    private enum Outcome
    {
        Done,
        Blocked,
        Stopped,
    }

    public RunState State { get; private set; } = state;

    public List<RunCommand> Commands { get; } = [];

    public void Continue()
    {
        if (State.Status.IsFinal())
        {
            return;
        }

        var outcome = WalkSequence(context.Playbook.Steps);
        if (outcome == Outcome.Done)
        {
            Finish();
        }
        else if (outcome == Outcome.Blocked)
        {
            var waiting = State.Steps.Exists(s => s.Status == StepStatus.WaitingApproval);
            State = State with { Status = waiting ? RunStatus.WaitingApproval : RunStatus.Running };
        }
    }

    private Outcome WalkSequence(IReadOnlyList<Step> steps)
    {
        foreach (var step in steps)
        {
            var outcome = WalkStep(step);
            if (outcome != Outcome.Done)
            {
                return outcome;
            }
        }

        return Outcome.Done;
    }

    private Outcome WalkStep(Step step)
    {
        var recorded = State.FindStep(step.Id) ?? StartStep(step);
        if (recorded.Status == StepStatus.Succeeded && recorded.Taken is int taken)
        {
            return WalkSequence(step.Branches.ElementAt(taken));
        }

        if (step is ParallelStep fork && recorded.Status == StepStatus.Running)
        {
            return Join(fork, recorded);
        }

        if (!recorded.Status.IsFinal())
        {
            return Outcome.Blocked;
        }

        if (recorded.Status.IsUnsuccessful() && step.OnFailure == OnFailure.Fail)
        {
            Stop(recorded);
            return Outcome.Stopped;
        }

        return Outcome.Done;
    }

    private StepState StartStep(Step step)
    {
        var scope = BuildScope();
        if (step.Guard is not null)
        {
            var guard = Evaluate(() => step.Guard.IsTrue(scope));
            if (guard.Error is not null)
            {
                return Record(step, StepStatus.Failed, error: $"guard: {guard.Error}");
            }

            if (!guard.Value)
            {
                return Record(step, StepStatus.Skipped, detail: $"skipped: the guard {Describe(step.Guard)} was false");
            }
        }

        return step switch
        {
            ActionStep action => StartAction(action, scope),
            IfStep branching => Decide(branching, scope),
            SwitchStep choice => Choose(choice, scope),
            SetStep assignment => Assign(assignment, scope),
            ParallelStep fork => Fork(fork),
            WaitStep pause => Pause(pause),
            _ => Record(step, StepStatus.Failed, error: $"the engine cannot run a step of kind {step.GetType().Name}"),
        };
    }

    private StepState Decide(IfStep step, ExpressionScope scope)
    {
        var condition = Evaluate(() => step.Condition.IsTrue(scope));
        if (condition.Error is not null)
        {
            return Record(step, StepStatus.Failed, error: $"condition: {condition.Error}");
        }

        var detail = $"the condition {Describe(step.Condition)} was {(condition.Value ? "true: took 'then'" : "false: took 'else'")}";
        var decided = Record(step, StepStatus.Succeeded, detail: detail) with { Taken = condition.Value ? 0 : 1 };
        State = State.WithStep(decided);
        Audit("branch_taken", step.Id, new JsonObject { ["branch"] = condition.Value ? "then" : "else", ["detail"] = detail });
        return decided;
    }

    private void Finish()
    {
        var outputs = new JsonObject();
        var scope = BuildScope();
        foreach (var output in context.Playbook.Outputs)
        {
            var value = Evaluate(() => output.Value.Render(scope));
            if (value.Error is not null)
            {
                State = State with { Status = RunStatus.Failed, Reason = $"output '{output.Name}': {value.Error}" };
                AuditRunFinished();
                return;
            }

            outputs[output.Name] = value.Value;
        }

        State = State with { Status = RunStatus.Succeeded, Outputs = outputs, Reason = null };
        AuditRunFinished();
    }

    private void Stop(StepState step)
    {
        var status = step.Status == StepStatus.Denied ? RunStatus.Denied : RunStatus.Failed;
        State = State with { Status = status, Reason = $"step '{step.Id}' {EngineJson.EnumName(step.Status)}: {step.Error ?? step.Detail}" };
        AuditRunFinished();
    }

    private void AuditRunFinished()
    {
        Audit("run_finished", null, new JsonObject { ["status"] = State.Status.ToWire(), ["reason"] = State.Reason, ["outputs"] = State.Outputs?.DeepClone() });
        Commands.Add(new NotifyStepChanged(null, State.Status.ToWire()));
    }

    private StepState Record(Step step, StepStatus status, string? error = null, string? detail = null)
    {
        var recorded = new StepState(step.Id, KindOf(step), status)
        {
            Error = error,
            Detail = detail,
            StartedAt = now,
            FinishedAt = status.IsFinal() ? now : null,
        };
        State = State.WithStep(recorded);
        if (status is StepStatus.Skipped or StepStatus.Failed)
        {
            Audit(status == StepStatus.Skipped ? "step_skipped" : "step_failed", step.Id, new JsonObject { ["error"] = error, ["detail"] = detail });
        }

        Commands.Add(new NotifyStepChanged(step.Id, status.ToWire()));
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
        _ => step.GetType().Name.ToLowerInvariant(),
    };

    private static string Describe(Playbooks.Templates.ValueTemplate template) =>
        string.Join(" ", template.Expressions.Select(e => $"`{e.Text}`"));
}
