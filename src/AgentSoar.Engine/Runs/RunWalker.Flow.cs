using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>The flow steps: switch, set and parallel.</summary>
internal sealed partial class RunWalker
{
    private StepState Choose(SwitchStep step, ExpressionScope scope)
    {
        var value = Evaluate(() => ExprValue.FromJson(step.Value.Render(scope)).ToString());
        if (value.Error is not null)
        {
            return Record(step, StepStatus.Failed, error: $"switch value: {value.Error}");
        }

        var index = step.Cases.ToList().FindIndex(c => string.Equals(c.Match, value.Value, StringComparison.Ordinal));
        var chosen = index >= 0 ? $"case '{step.Cases[index].Match}'" : "the default";
        var detail = $"the value {Describe(step.Value)} was '{value.Value}': took {chosen}";
        var decided = Record(step, StepStatus.Succeeded, detail: detail) with { Taken = index >= 0 ? index : step.Cases.Count };
        State = State.WithStep(decided);
        Audit("branch_taken", step.Id, new JsonObject { ["branch"] = index >= 0 ? step.Cases[index].Match : "default", ["value"] = value.Value, ["detail"] = detail });
        return decided;
    }

    private StepState Assign(SetStep step, ExpressionScope scope)
    {
        var values = new JsonObject();
        foreach (var (name, template) in step.Values)
        {
            var value = Evaluate(() => template.Render(scope));
            if (value.Error is not null)
            {
                return Record(step, StepStatus.Failed, error: $"variable '{name}': {value.Error}");
            }

            values[name] = value.Value;
        }

        var vars = (JsonObject)State.Vars.DeepClone();
        foreach (var (name, value) in values)
        {
            vars[name] = value?.DeepClone();
        }

        State = State with { Vars = vars };
        var set = Record(step, StepStatus.Succeeded, detail: $"set {string.Join(", ", values.Select(v => v.Key))}") with { Output = values };
        State = State.WithStep(set);
        Audit("variables_set", step.Id, new JsonObject { ["values"] = values.DeepClone() });
        return set;
    }

    private StepState Fork(ParallelStep step) =>
        Record(step, StepStatus.Running, detail: $"{step.Lanes.Count} branches, join {EngineJson.EnumName(step.Join)}");

    /// <summary>Advances every branch; the step is done when all (join all) or one (join any) of them is.</summary>
    private Outcome Join(ParallelStep step, StepState recorded)
    {
        string? firstDone = null;
        var done = 0;
        foreach (var lane in step.Lanes)
        {
            if (step.Join == JoinKind.Any && done > 0)
            {
                break; // joined: start nothing more in the remaining branches
            }

            var outcome = WalkSequence(lane.Steps);
            if (outcome == Outcome.Stopped)
            {
                return Outcome.Stopped;
            }

            if (outcome == Outcome.Done)
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
        State = State.WithStep(recorded with { Status = StepStatus.Succeeded, FinishedAt = now, Detail = detail });
        Commands.Add(new NotifyStepChanged(step.Id, StepStatus.Succeeded.ToWire()));
        Audit("parallel_joined", step.Id, new JsonObject { ["join"] = EngineJson.EnumName(step.Join), ["detail"] = detail });
        return Outcome.Done;
    }
}
