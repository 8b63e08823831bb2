using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>The flow steps: switch, set and parallel.</summary>
internal sealed partial class RunWalker
{
    private StepState Choose(string id, SwitchStep step, ExpressionScope scope)
    {
        var value = Evaluate(() => ExprValue.FromJson(step.Value.Render(scope)).ToString());
        if (value.Error is not null)
        {
            return Record(id, step, StepStatus.Failed, error: $"switch value: {value.Error}", errorKind: FailureKinds.Expression);
        }

        var index = step.Cases.ToList().FindIndex(c => string.Equals(c.Match, value.Value, StringComparison.Ordinal));
        var chosen = index >= 0 ? $"case '{step.Cases[index].Match}'" : "the default";
        var detail = $"the value {Describe(step.Value)} was '{value.Value}': took {chosen}";
        var decided = Record(id, step, StepStatus.Running, detail: detail) with
        {
            Taken = index >= 0 ? index : step.Cases.Count,
            Decision = new BranchDecision(Text(step.Value), value.Value ?? string.Empty, index >= 0 ? step.Cases[index].Match : "default"),
        };
        State = State.WithStep(decided);
        Audit("branch_taken", id, new JsonObject { ["branch"] = index >= 0 ? step.Cases[index].Match : "default", ["value"] = value.Value, ["detail"] = detail });
        return decided;
    }

    private StepState Assign(string id, SetStep step, ExpressionScope scope, Frame frame)
    {
        var values = new JsonObject();
        foreach (var (name, template) in step.Values)
        {
            var value = Evaluate(() => template.Render(scope));
            if (value.Error is not null)
            {
                return Record(id, step, StepStatus.Failed, error: $"variable '{name}': {value.Error}", errorKind: FailureKinds.Expression);
            }

            values[name] = value.Value;
        }

        var vars = (JsonObject)VarsOf(frame).DeepClone();
        foreach (var (name, value) in values)
        {
            vars[name] = value?.DeepClone();
        }

        SetVars(frame, vars);
        var set = Record(id, step, StepStatus.Succeeded, detail: $"set {string.Join(", ", values.Select(v => v.Key))}") with { Output = values };
        State = State.WithStep(set);
        Audit("variables_set", id, new JsonObject { ["values"] = values.DeepClone() });
        return set;
    }

    private StepState Fork(string id, ParallelStep step) =>
        Record(id, step, StepStatus.Running, detail: $"{step.Lanes.Count} branches, join {EngineJson.EnumName(step.Join)}");

    /// <summary>Advances every branch; the step is done when all (join all) or one (join any) of them is.</summary>
    private Outcome Join(ParallelStep step, StepState recorded, Frame frame)
    {
        string? firstDone = null;
        var done = 0;
        foreach (var lane in step.Lanes)
        {
            if (step.Join == JoinKind.Any && done > 0)
            {
                break; // joined: start nothing more in the remaining branches
            }

            var outcome = WalkSequence(lane.Steps, frame);
            if (outcome.Kind == OutcomeKind.Failed)
            {
                return FailBlock(step, recorded, outcome.Cause!, frame);
            }

            if (outcome.Kind == OutcomeKind.Done)
            {
                done++;
                firstDone ??= lane.Name;
            }
        }

        var finished = step.Join == JoinKind.All ? done == step.Lanes.Count : done > 0;
        if (!finished)
        {
            return Outcome.Blocked;
        }

        var detail = step.Join == JoinKind.All
            ? $"all {step.Lanes.Count} branches finished"
            : $"branch '{firstDone}' finished first; steps of the other branches not yet started will not start";
        if (step.Join == JoinKind.Any)
        {
            // Open approvals, waits and retries in the other branches close; actions already sent finish and are recorded.
            var inside = Inside(step, frame).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            AbandonWhere(s => inside.Contains(s.Id), $"parallel step '{recorded.Id}' joined on branch '{firstDone}'");
        }

        Finished(recorded with { Status = StepStatus.Succeeded, Detail = detail });
        Audit("parallel_joined", recorded.Id, new JsonObject { ["join"] = EngineJson.EnumName(step.Join), ["detail"] = detail });
        return Outcome.Done;
    }
}
