using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Import;

/// <summary>The steps with branches: if, switch, parallel, while (and foreach and step guards written by export).</summary>
internal sealed partial class StepConverter
{
    private JsonObject? If(string cacaoId, JsonObject step, string? next, IReadOnlySet<string> stops, JsonObject result)
    {
        result["if"] = Condition(cacaoId, step, "condition");
        if (WorkflowGraph.Text(step, "on_true") is not { } onTrue)
        {
            context.Problems.Error(ImportContext.StepPointer(cacaoId), $"if-condition '{cacaoId}' has no on_true step");
            return null;
        }

        result["then"] = NonEmpty(cacaoId, "on_true", structurer.Branch(cacaoId, "on_true", onTrue, next, stops));
        if (WorkflowGraph.Text(step, "on_false") is { } onFalse && structurer.Branch(cacaoId, "on_false", onFalse, next, stops) is { Count: > 0 } otherwise)
        {
            result["else"] = otherwise;
        }

        return result;
    }

    /// <summary>An if-condition that export wrote for a step's <c>if</c> guard: the step itself, with the guard back on it.</summary>
    private JsonObject? Guard(string cacaoId, JsonObject step, string? next, IReadOnlySet<string> stops)
    {
        var condition = Condition(cacaoId, step, "condition");
        var head = WorkflowGraph.Text(step, "on_true");
        var branch = head is null ? [] : structurer.Branch(cacaoId, "on_true", head, next, stops);
        if (branch.Count != 1 || branch[0] is not JsonObject guarded)
        {
            context.Problems.Error(ImportContext.StepPointer(cacaoId), $"step '{cacaoId}' is marked as the guard of one step, but its on_true branch has {branch.Count}");
            return null;
        }

        branch.RemoveAt(0);
        guarded["if"] = condition;
        return guarded;
    }

    private JsonObject Switch(string cacaoId, JsonObject step, string? next, IReadOnlySet<string> stops, JsonObject result)
    {
        var pointer = ImportContext.StepPointer(cacaoId);
        if (WorkflowGraph.Text(step, "switch") is { } value)
        {
            result["switch"] = TextConverter.Condition(context, value, pointer) ?? TextConverter.Text(context, value, pointer);
        }
        else
        {
            // A constant would make every case but one dead code, which the loader refuses; an input the caller may
            // set keeps every case reachable and says plainly what is missing.
            var input = context.AddInput($"switch_{StepIds.From(cacaoId).Split("--")[^1].Split('-')[0]}", $"The value switch-condition {cacaoId} switches on: the CACAO file gives none.");
            context.Problems.ByMode(context.Mode, pointer, $"switch-condition '{cacaoId}' has no 'switch' value (CACAO requires one); it switches on a new input '{input}' instead, which is empty unless the run is given one");
            result["switch"] = $"${{{{ inputs.{input} }}}}";
        }

        var cases = new JsonObject();
        JsonArray? fallback = null;
        foreach (var (name, head) in WorkflowGraph.BranchHeads(step))
        {
            var branch = structurer.Branch(cacaoId, $"case '{name}'", head, next, stops);
            if (name == "default")
            {
                fallback = branch;
            }
            else
            {
                cases[name] = NonEmpty(cacaoId, $"case '{name}'", branch);
            }
        }

        result["cases"] = cases;
        if (fallback is { Count: > 0 })
        {
            result["default"] = fallback;
        }

        return result;
    }

    private JsonObject Parallel(string cacaoId, JsonObject step, JsonObject? ours, string? next, IReadOnlySet<string> stops, JsonObject result)
    {
        var branches = new JsonObject();
        foreach (var (name, head) in WorkflowGraph.BranchHeads(step))
        {
            branches[name] = NonEmpty(cacaoId, name, structurer.Branch(cacaoId, name, head, next, stops));
        }

        // CACAO waits for every branch; 'any' only comes back from an AgentSoar export.
        result["parallel"] = new JsonObject { ["join"] = ours?["join"]?.GetValue<string>() ?? "all", ["branches"] = branches };
        return result;
    }

    private JsonObject? While(string cacaoId, JsonObject step, JsonObject? ours, IReadOnlySet<string> stops, JsonObject result)
    {
        if (WorkflowGraph.Text(step, "on_true") is not { } head)
        {
            context.Problems.Error(ImportContext.StepPointer(cacaoId), $"while-condition '{cacaoId}' has no on_true step");
            return null;
        }

        // The loop body ends at an end step, or by going back to the while step itself (as CACAO 1.0 drew loops).
        var body = NonEmpty(cacaoId, "on_true", structurer.Branch(cacaoId, "on_true", head, cacaoId, stops));
        if (ours?["kind"]?.GetValue<string>() == "foreach")
        {
            result["foreach"] = ours["items"]?.DeepClone();
            result["concurrency"] = ours["concurrency"]?.DeepClone() ?? 1;
            result["max_items"] = ours["max_items"]?.DeepClone() ?? 100;
        }
        else
        {
            result["while"] = Condition(cacaoId, step, "condition");
            if (ours?["max_iterations"] is { } max)
            {
                result["max_iterations"] = max.DeepClone();
            }
        }

        result["do"] = body;
        return result;
    }

    private string Condition(string cacaoId, JsonObject step, string property)
    {
        var pointer = ImportContext.StepPointer(cacaoId);
        var text = WorkflowGraph.Text(step, property) ?? string.Empty;
        if (TextConverter.Condition(context, text, pointer) is { } expression)
        {
            return expression;
        }

        context.Problems.Error(
            $"{pointer}/{property}",
            $"the condition '{text}' of step '{cacaoId}' is not an expression AgentSoar can evaluate; write it as a comparison of variables, such as __verdict__:value == 'malicious'");
        return "${{ false }}";
    }

    private JsonArray NonEmpty(string cacaoId, string branch, JsonArray steps)
    {
        if (steps.Count == 0)
        {
            context.Problems.Error(
                ImportContext.StepPointer(cacaoId),
                $"{branch} of step '{cacaoId}' goes straight to its end: an AgentSoar branch needs at least one step");
        }

        return steps;
    }
}
