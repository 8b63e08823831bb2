using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;

namespace AgentSoar.Cacao.Import;

/// <summary>Converts one CACAO workflow step (and, through the structurer, its branches) into one AgentSoar step.</summary>
internal sealed partial class StepConverter(ImportContext context, WorkflowStructurer structurer)
{
    public JsonObject? Convert(string cacaoId, JsonObject step, string? next, IReadOnlySet<string> stops)
    {
        var pointer = ImportContext.StepPointer(cacaoId);
        var ours = AgentSoarExtension.Read(step, "step_extensions");
        var kind = ours?["kind"]?.GetValue<string>();
        NoteForeignExtensions(cacaoId, step);
        var result = new JsonObject { ["id"] = ours?["id"]?.GetValue<string>() ?? StepIds.From(cacaoId) };
        AddNameAndDescription(step, result);
        var type = WorkflowGraph.TypeOf(step);

        var converted = type switch
        {
            "action" => Action(cacaoId, step, ours, result),
            "playbook-action" => PlaybookCall(cacaoId, step, result),
            "if-condition" when kind == "guard" => Guard(cacaoId, step, next, stops),
            "if-condition" => If(cacaoId, step, next, stops, result),
            "switch-condition" => Switch(cacaoId, step, next, stops, result),
            "parallel" => Parallel(cacaoId, step, ours, next, stops, result),
            "while-condition" => While(cacaoId, step, ours, stops, result),
            _ => Unknown(pointer, cacaoId, type),
        };
        if (converted is null || kind == "guard")
        {
            return converted;
        }

        AddCommon(cacaoId, step, ours, next, stops, converted);
        return converted;
    }

    /// <summary>
    /// A step's <c>name</c> and <c>description</c>, for people. A name that only repeats the step's AgentSoar id is what
    /// exports before step names existed wrote; it is left out rather than kept as a title that says nothing new.
    /// </summary>
    private static void AddNameAndDescription(JsonObject step, JsonObject result)
    {
        if (WorkflowGraph.Text(step, "name") is { Length: > 0 } name && name != result["id"]!.GetValue<string>())
        {
            result["name"] = name;
        }

        if (WorkflowGraph.Text(step, "description") is { Length: > 0 } description)
        {
            result["description"] = description;
        }
    }

    /// <summary>What any step may carry: <c>timeout</c>, <c>retry</c> (from the extension) and <c>on_failure</c>.</summary>
    private void AddCommon(string cacaoId, JsonObject step, JsonObject? ours, string? next, IReadOnlySet<string> stops, JsonObject result)
    {
        if (step["timeout"] is JsonValue timeout && timeout.TryGetValue<long>(out var milliseconds) && milliseconds > 0)
        {
            result["timeout"] = DurationText.FromMilliseconds(milliseconds);
        }

        if (ours?["retry"] is { } retry)
        {
            result["retry"] = retry.DeepClone();
        }

        if (WorkflowGraph.Text(step, "on_failure") is not { } failure)
        {
            return;
        }

        if (failure == next)
        {
            result["on_failure"] = "continue";
            return;
        }

        // The failure chain runs until it rejoins the normal flow (then the run goes on) or ends (then the run stops).
        var inner = new HashSet<string>(stops, StringComparer.Ordinal);
        if (next is not null)
        {
            inner.Add(next);
        }

        var compensation = structurer.Chain(failure, inner, cacaoId);
        if (compensation.StoppedAt is { } stop && stop != next)
        {
            context.Problems.Error(
                ImportContext.StepPointer(cacaoId),
                $"on_failure of step '{cacaoId}' leads to '{stop}', which is neither the step after it nor an end: no AgentSoar equivalent");
            return;
        }

        var then = compensation.StoppedAt is null ? "fail" : "continue";
        result["on_failure"] = compensation.Steps.Count == 0 ? then : new JsonObject { ["steps"] = compensation.Steps, ["then"] = then };
    }

    private JsonObject? Unknown(string pointer, string cacaoId, string type)
    {
        context.Problems.Error(pointer, $"step '{cacaoId}' has type '{type}', which is not a CACAO 2.0 workflow step type");
        return null;
    }

    private void NoteForeignExtensions(string cacaoId, JsonObject step)
    {
        if (step["step_extensions"] is JsonObject extensions && extensions.Any(e => e.Key != AgentSoarExtension.Id))
        {
            context.DroppedExtensions.Add(cacaoId);
        }
    }
}
