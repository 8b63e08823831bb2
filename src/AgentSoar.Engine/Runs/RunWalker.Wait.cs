using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>The wait step: its deadline is the next moment to look, kept in the run like any other.</summary>
internal sealed partial class RunWalker
{
    private StepState Pause(string id, WaitStep step)
    {
        var detail = step.For is { } length
            ? $"waiting {DurationText.Format(length)}"
            : $"waiting until {Describe(step.Until!)} holds, checked every {DurationText.Format(step.Every)}, for at most {DurationText.Format(step.Within)}";
        var waiting = Record(id, step, StepStatus.Running, detail: detail) with { Deadline = now + (step.For ?? step.Every) };
        State = State.WithStep(waiting);
        return waiting;
    }

    /// <summary>The watchdog's tick reached a waiting step: done, not yet, or out of time.</summary>
    /// <remarks>Resumed by the walker rather than the tick itself: an <c>until</c> is evaluated in the step's own frame (its loop round, its called playbook).</remarks>
    private void Resume(WaitStep step, StepState waiting, Frame frame)
    {
        if (step.For is { } length)
        {
            Finished(waiting with { Status = StepStatus.Succeeded, Detail = $"waited {DurationText.Format(length)}" });
            return;
        }

        var holds = Evaluate(() => step.Until!.IsTrue(BuildScope(frame)));
        var waited = now - (waiting.StartedAt ?? now);
        if (holds.Error is not null)
        {
            Finished(waiting with { Status = StepStatus.Failed, Error = $"until: {holds.Error}", ErrorKind = FailureKinds.Expression });
        }
        else if (holds.Value)
        {
            Finished(waiting with { Status = StepStatus.Succeeded, Detail = $"{Describe(step.Until!)} held after {DurationText.Format(waited)}" });
            Audit("wait_over", waiting.Id, new JsonObject { ["waited"] = DurationText.Format(waited) });
        }
        else if (waited >= step.Within)
        {
            Finished(waiting with { Status = StepStatus.Failed, Error = $"{Describe(step.Until!)} did not hold within {DurationText.Format(step.Within)}", ErrorKind = FailureKinds.Timeout });
        }
        else
        {
            State = State.WithStep(waiting with { Deadline = now + step.Every });
        }
    }
}
