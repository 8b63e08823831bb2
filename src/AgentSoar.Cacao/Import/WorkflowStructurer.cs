using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;

namespace AgentSoar.Cacao.Import;

/// <summary>
/// Turns the CACAO workflow graph into AgentSoar's tree of steps. A chain of <c>on_completion</c> steps becomes a list;
/// the branches of an if, switch, parallel or while step become nested lists, which run until their end step or
/// until they reach the step where the branches join (the step's <c>on_completion</c>, or else the nearest step all
/// its paths pass through); an <c>on_failure</c> chain becomes compensation steps. Any step reached a second time
/// is an error naming it: that is a loop other than a while-condition, or paths that cross.
/// </summary>
internal sealed partial class WorkflowStructurer(ImportContext context, WorkflowGraph graph)
{
    private readonly PostDominators _joins = new(graph);
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

    /// <summary>The playbook's steps, from the start step on.</summary>
    public JsonArray Structure(string startId)
    {
        if (!graph.Steps.TryGetValue(startId, out var start) || WorkflowGraph.TypeOf(start) != "start")
        {
            context.Problems.Error("/workflow_start", $"workflow_start '{startId}' is not a start step of the workflow");
            return [];
        }

        _placed.Add(startId);
        var steps = new JsonArray();
        AddPrelude(steps, startId, start);
        foreach (var step in Chain(WorkflowGraph.Next(start), new HashSet<string>(StringComparer.Ordinal), startId).Steps.ToList())
        {
            steps.Add(step!.DeepClone());
        }

        foreach (var unreached in graph.Steps.Keys.Where(id => !_placed.Contains(id) && WorkflowGraph.TypeOf(graph.Steps[id]) != "end"))
        {
            context.Problems.Error(ImportContext.StepPointer(unreached), $"step '{unreached}' cannot be reached from the start step; it would be lost");
        }

        return steps;
    }

    /// <summary>Follows the chain from <paramref name="head"/> until an end step or one of <paramref name="stops"/>.</summary>
    public Sequence Chain(string? head, IReadOnlySet<string> stops, string from)
    {
        var steps = new JsonArray();
        var (current, previous) = (head, from);
        while (current is not null)
        {
            if (stops.Contains(current))
            {
                return new Sequence(steps, current);
            }

            if (!graph.Steps.TryGetValue(current, out var step))
            {
                context.Problems.Error(ImportContext.StepPointer(previous), $"step '{previous}' goes on to '{current}', which is not in the workflow");
                break;
            }

            var type = WorkflowGraph.TypeOf(step);
            if (type == "end")
            {
                _placed.Add(current);
                AddPrelude(steps, current, step);
                break;
            }

            if (type == "start" || !_placed.Add(current))
            {
                context.Problems.Error(
                    ImportContext.StepPointer(current),
                    type == "start"
                        ? $"start step '{current}' is reached from '{previous}': a start step can only begin the workflow"
                        : $"step '{current}' is reached a second time (from '{previous}'): a loop that is not a while-condition, or paths that cross without joining, has no equivalent in an AgentSoar playbook");
                break;
            }

            var next = WorkflowGraph.Next(step) ?? (WorkflowGraph.BranchHeads(step).Any() ? _joins.Immediate(current) : null);
            AddPrelude(steps, current, step);
            if (new StepConverter(context, this).Convert(current, step, next, stops) is { } converted)
            {
                steps.Add(converted);
            }

            (previous, current) = (current, next);
        }

        return new Sequence(steps, null);
    }

    /// <summary>A branch of <paramref name="owner"/>: the chain from its head, which may stop only where the owner continues.</summary>
    public JsonArray Branch(string owner, string name, string head, string? join, IReadOnlySet<string> stops)
    {
        var inner = new HashSet<string>(stops, StringComparer.Ordinal);
        if (join is not null)
        {
            inner.Add(join);
        }

        var branch = Chain(head, inner, owner);
        if (branch.StoppedAt is { } stop && stop != join)
        {
            context.Problems.Error(
                ImportContext.StepPointer(owner),
                $"branch '{name}' of step '{owner}' jumps to '{stop}', outside the step, instead of ending or joining at its next step: no AgentSoar equivalent");
        }

        return branch.Steps;
    }

    /// <summary>What a CACAO step declares before it runs becomes steps before it: <c>step_variables</c> a set step, <c>delay</c> a wait step.</summary>
    private void AddPrelude(JsonArray steps, string id, JsonObject step)
    {
        if (WorkflowGraph.TypeOf(step) is "start" or "end" && (step["name"] is not null || step["description"] is not null) && !context.UnplacedNames.Contains(id))
        {
            context.UnplacedNames.Add(id);
        }

        var pointer = ImportContext.StepPointer(id);
        var ours = AgentSoarExtension.Read(step, "step_extensions");
        if (step["step_variables"] is JsonObject variables && variables.Count > 0)
        {
            // A playbook-action passes its in_args to the called playbook: those become its 'with', not variables.
            var passed = WorkflowGraph.TypeOf(step) == "playbook-action" && step["in_args"] is JsonArray args
                ? args.Select(a => a?.ToString()).ToHashSet(StringComparer.Ordinal)
                : [];
            var values = new JsonObject();
            foreach (var (cacaoName, variable) in variables.Where(v => !passed.Contains(v.Key)))
            {
                var name = VariableNames.FromCacao(cacaoName);
                context.Vars.Add(name);
                var value = variable is JsonObject v ? WorkflowGraph.Text(v, "value") : null;
                var type = variable is JsonObject t ? VariableTypes.ToAgentSoar(WorkflowGraph.Text(t, "type")) : "string";
                values[name] = value is null ? null : InputConverter.Typed(type, TextConverter.Text(context, value, pointer));
            }

            if (values.Count > 0)
            {
                steps.Add(new JsonObject { ["id"] = ours?["variables_step"]?.GetValue<string>() ?? StepIds.Derived(id, "variables"), ["set"] = values });
            }
        }

        if (step["delay"] is JsonValue delay && delay.TryGetValue<long>(out var milliseconds) && milliseconds > 0)
        {
            steps.Add(new JsonObject { ["id"] = ours?["delay_step"]?.GetValue<string>() ?? StepIds.Derived(id, "delay"), ["wait"] = new JsonObject { ["for"] = DurationText.FromMilliseconds(milliseconds) } });
        }
    }
}
