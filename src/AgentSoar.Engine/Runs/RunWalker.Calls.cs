using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// The <c>playbook</c> step: the called playbook runs inside this run, in a frame of its own (<c>call/</c>), with
/// its own inputs and variables, seeing only its own steps. It is pinned when the call starts, like the run's.
/// </summary>
internal sealed partial class RunWalker
{
    private StepState StartCall(string id, PlaybookCallStep step, ExpressionScope scope, Frame frame)
    {
        if (frame.Chain.Contains(step.PlaybookId))
        {
            return Record(id, step, StepStatus.Failed, error: $"playbook '{step.PlaybookId}' is already running in this chain of calls ({string.Join(" → ", frame.Chain)}): a cycle", errorKind: FailureKinds.Permanent);
        }

        if (frame.Chain.Count > PlaybookCallStep.MaxDepth)
        {
            return Record(id, step, StepStatus.Failed, error: $"calls nest deeper than {PlaybookCallStep.MaxDepth} playbooks", errorKind: FailureKinds.Permanent);
        }

        if (context.Playbooks?.Find(step.PlaybookId) is not { } called)
        {
            return Record(id, step, StepStatus.Failed, error: $"no playbook '{step.PlaybookId}' is in service", errorKind: FailureKinds.NotFound);
        }

        var given = new JsonObject();
        foreach (var (name, template) in step.With)
        {
            var value = Evaluate(() => template.Render(scope));
            if (value.Error is not null)
            {
                return Record(id, step, StepStatus.Failed, error: $"input '{name}': {value.Error}", errorKind: FailureKinds.Expression);
            }

            given[name] = value.Value;
        }

        var inputs = InputResolver.Resolve(called, given, State.Alert, State.Incident, context.Limits);
        if (inputs.Errors.Count > 0)
        {
            return Record(id, step, StepStatus.Failed, error: $"playbook '{called.Id}': {string.Join("; ", inputs.Errors)}", errorKind: FailureKinds.InvalidInput);
        }

        var running = Record(id, step, StepStatus.Running, detail: $"running playbook '{called.Id}' version {called.Metadata.Version}") with
        {
            Inputs = inputs.Inputs,
            PlaybookSource = called.SourceText,
            Vars = [],
        };
        State = State.WithStep(running);
        Audit("playbook_called", id, new JsonObject { ["playbook"] = called.Id, ["version"] = called.Metadata.Version, ["hash"] = called.ContentHash });
        return running;
    }

    private Outcome AdvanceCall(PlaybookCallStep step, StepState recorded, Frame frame)
    {
        if (Pinned(recorded) is not { } called)
        {
            return FailRound(step, recorded, frame, $"the pinned copy of playbook '{step.PlaybookId}' no longer loads", FailureKinds.Permanent);
        }

        var inner = new Frame($"{recorded.Id}/", called, $"{recorded.Id}/", recorded.Inputs?.AsObject() ?? [], null, recorded.Id, frame.Chain.Add(called.Id));
        var outcome = WalkSequence(called.Steps, inner);
        if (outcome.Kind != OutcomeKind.Done)
        {
            return Conclude(step, recorded, outcome, frame);
        }

        var outputs = RenderOutputs(called, inner);
        return outputs.Error is not null
            ? FailRound(step, recorded, frame, $"playbook '{called.Id}': {outputs.Error}", FailureKinds.Expression)
            : Conclude(step, recorded, Outcome.Done, frame, detail: $"playbook '{called.Id}' finished", output: outputs.Value);
    }
}
