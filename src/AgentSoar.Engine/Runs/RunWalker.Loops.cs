using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// The loops. Each round runs in a frame of its own (<c>each[2]/</c>), so its steps have states of their own and see
/// <c>loop.item</c> and <c>loop.index</c>; a round has started when one of its steps has a state.
/// </summary>
internal sealed partial class RunWalker
{
    private StepState StartForeach(string id, ForeachStep step, ExpressionScope scope)
    {
        var items = Evaluate(() => step.Items.Render(scope));
        if (items.Error is not null)
        {
            return Record(id, step, StepStatus.Failed, error: $"foreach: {items.Error}", errorKind: FailureKinds.Expression);
        }

        if (items.Value is not JsonArray list)
        {
            return Record(id, step, StepStatus.Failed, error: $"foreach needs a list; {Describe(step.Items)} gave {ExprValue.FromJson(items.Value).TypeName}", errorKind: FailureKinds.Expression);
        }

        if (list.Count > step.MaxItems)
        {
            // Refused, not cut short: acting on the first hundred hosts of a larger list would look done and not be.
            return Record(id, step, StepStatus.Failed, error: $"the list has {list.Count} items; max_items is {step.MaxItems}", errorKind: FailureKinds.InvalidInput);
        }

        var running = Record(id, step, StepStatus.Running, detail: $"{list.Count} item(s), {step.Concurrency} at a time") with { Inputs = new JsonObject { ["items"] = list } };
        State = State.WithStep(running);
        return running;
    }

    /// <summary>Walks the rounds that have started, starts new ones while fewer than the concurrency are in flight.</summary>
    private Outcome AdvanceForeach(ForeachStep step, StepState recorded, Frame frame)
    {
        var items = recorded.Inputs?["items"]?.AsArray() ?? [];
        var inFlight = 0;
        var done = 0;
        for (var index = 0; index < items.Count; index++)
        {
            var round = frame.Round(step, index, items[index], items.Count);
            if (inFlight >= step.Concurrency && !HasStarted(round))
            {
                continue;
            }

            var outcome = WalkSequence(step.Do, round);
            if (outcome.Kind == OutcomeKind.Failed)
            {
                return FailBlock(step, recorded, outcome.Cause!, frame);
            }

            (done, inFlight) = outcome.Kind == OutcomeKind.Done ? (done + 1, inFlight) : (done, inFlight + 1);
        }

        if (done < items.Count)
        {
            return Outcome.Blocked;
        }

        var results = new JsonArray();
        for (var index = 0; index < items.Count; index++)
        {
            results.Add(new JsonObject { ["index"] = index, ["item"] = items[index]?.DeepClone(), ["outputs"] = RoundOutputs(frame.Round(step, index, null, null)) });
        }

        return Conclude(step, recorded, Outcome.Done, frame, detail: $"all {items.Count} item(s) done", output: results);
    }

    private StepState StartWhile(string id, WhileStep step) =>
        Record(id, step, StepStatus.Running, detail: $"looping while {Describe(step.Condition)}, at most {step.MaxIterations} rounds");

    /// <summary>Runs the rounds one after another; before each new one the condition is checked.</summary>
    private Outcome AdvanceWhile(WhileStep step, StepState recorded, Frame frame)
    {
        for (var index = 0; ; index++)
        {
            var round = frame.Round(step, index, null, null);
            if (!HasStarted(round))
            {
                // The condition sees this round's index and the steps of the round before it.
                var view = (index == 0 ? frame : frame.Round(step, index - 1, null, null)) with { Loop = round.Loop };
                var holds = Evaluate(() => step.Condition.IsTrue(BuildScope(view)));
                if (holds.Error is not null)
                {
                    return FailRound(step, recorded, frame, $"while: {holds.Error}", FailureKinds.Expression);
                }

                if (!holds.Value)
                {
                    var output = new JsonObject { ["iterations"] = index };
                    recorded = recorded with { Decision = new BranchDecision(Text(step.Condition), "false", "stop") };
                    return Conclude(step, recorded, Outcome.Done, frame, detail: $"{Describe(step.Condition)} was false after {index} round(s)", output: output);
                }

                if (index >= step.MaxIterations)
                {
                    return FailRound(step, recorded, frame, $"{Describe(step.Condition)} still held after {step.MaxIterations} rounds (max_iterations)", FailureKinds.Permanent);
                }
            }

            var outcome = WalkSequence(step.Do, round);
            if (outcome.Kind != OutcomeKind.Done)
            {
                return outcome.Kind == OutcomeKind.Failed ? FailBlock(step, recorded, outcome.Cause!, frame) : Outcome.Blocked;
            }
        }
    }

    private Outcome FailRound(Step step, StepState recorded, Frame frame, string error, string kind)
    {
        var failed = recorded with { Status = StepStatus.Failed, Error = error, ErrorKind = kind };
        Finished(failed);
        Audit("step_failed", failed.Id, new JsonObject { ["error"] = error });
        return Unsuccessful(step, failed, frame);
    }

    private bool HasStarted(Frame round) => State.Steps.Exists(s => s.Id.StartsWith(round.Prefix, StringComparison.Ordinal));

    /// <summary>The outputs of the steps of one round, by step id.</summary>
    private JsonObject RoundOutputs(Frame round)
    {
        var outputs = new JsonObject();
        foreach (var step in State.Steps.Where(s => s.Id.StartsWith(round.Prefix, StringComparison.Ordinal) && s.Id.IndexOf('/', round.Prefix.Length) < 0))
        {
            outputs[step.Id[round.Prefix.Length..]] = step.Output?.DeepClone();
        }

        return outputs;
    }
}
