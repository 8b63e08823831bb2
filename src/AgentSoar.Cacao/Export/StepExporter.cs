using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao.Export;

/// <summary>
/// Writes AgentSoar steps as CACAO workflow steps: a list becomes an <c>on_completion</c> chain; each branch gets its
/// own end step, as CACAO asks; a set step or a wait for a duration becomes the <c>step_variables</c> or <c>delay</c>
/// of the step after it.
/// </summary>
internal sealed partial class StepExporter(ExportContext context)
{
    /// <summary>Writes a branch ending in its own new end step; returns the id of its first step.</summary>
    public string Branch(IReadOnlyList<Step> steps, string key) => List(steps, context.NewEnd(key), ownEnd: true);

    /// <summary>Writes <paramref name="steps"/> as a chain that goes on to <paramref name="after"/>; returns the id of its first step.</summary>
    /// <param name="steps">The steps.</param>
    /// <param name="after">Where the chain goes on: an end step, or the step after a failed one (compensation).</param>
    /// <param name="ownEnd">Whether <paramref name="after"/> is this list's own end step, which can carry a trailing set or wait.</param>
    public string List(IReadOnlyList<Step> steps, string after, bool ownEnd)
    {
        var groups = new List<(List<Step> Prelude, Step Step)>();
        var pending = new List<Step>();
        foreach (var step in steps)
        {
            if (Foldable(step))
            {
                pending.Add(step);
            }
            else
            {
                var (fold, rest) = Split(pending);
                groups.AddRange(rest.Select(alone => (new List<Step>(), alone)));
                groups.Add((fold, step));
                pending = [];
            }
        }

        var (trailing, standalone) = ownEnd ? Split(pending) : ([], pending);
        groups.AddRange(standalone.Select(alone => (new List<Step>(), alone)));
        if (trailing.Count > 0)
        {
            Attach(trailing, after);
        }

        var ids = groups.Select(g => IdOf(g.Step)).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            Write(groups[i].Step, ids[i], i + 1 < ids.Count ? ids[i + 1] : after);
            Attach(groups[i].Prelude, ids[i]);
        }

        return ids.Count > 0 ? ids[0] : after;
    }

    /// <summary>The CACAO id a step is written under: its own id when it has the right form (it came from CACAO), else one derived from it.</summary>
    private string IdOf(Step step) =>
        step.Guard is not null && step is not IfStep ? CacaoIds.For("if-condition", $"{context.PlaybookId}/{step.Id}/guard") : CacaoIds.For(TypeOf(step), $"{context.PlaybookId}/{step.Id}", step.Id);

    private static string TypeOf(Step step) => step switch
    {
        IfStep => "if-condition",
        SwitchStep => "switch-condition",
        ParallelStep => "parallel",
        WhileStep or ForeachStep => "while-condition",
        PlaybookCallStep => "playbook-action",
        _ => "action",
    };

    private void Write(Step step, string id, string next)
    {
        if (step.Guard is not null && step is not IfStep)
        {
            // CACAO steps have no guard: an if-condition around the step, marked so import puts the guard back.
            var inner = CacaoIds.For(TypeOf(step), $"{context.PlaybookId}/{step.Id}", step.Id);
            var wrapper = new JsonObject
            {
                ["type"] = "if-condition",
                ["condition"] = TemplateText.Condition(context, step.Guard, Where(step)),
            };
            context.Workflow[id] = wrapper;
            context.Extension(wrapper)["kind"] = "guard";
            WriteStep(step, inner, context.NewEnd($"{step.Id}/guard"));
            wrapper["on_true"] = inner;
            wrapper["on_completion"] = next;
            return;
        }

        WriteStep(step, id, next);
    }

    private void WriteStep(Step step, string id, string next)
    {
        var cacao = new JsonObject { ["type"] = TypeOf(step) };
        context.CacaoStepAt[Where(step)] = id;
        if (step.Name is not null)
        {
            cacao["name"] = step.Name;
        }

        if (step.Description is not null)
        {
            cacao["description"] = step.Description;
        }

        context.Workflow[id] = cacao;
        if (id != step.Id)
        {
            // Expressions name steps by their AgentSoar id (steps.enrich.output): import must give the same one back.
            context.Extension(cacao)["id"] = step.Id;
        }

        switch (step)
        {
            case ActionStep action:
                Action(action, cacao);
                break;
            case PlaybookCallStep call:
                PlaybookCall(call, cacao);
                break;
            case IfStep branch:
                If(branch, cacao);
                break;
            case SwitchStep choice:
                Switch(choice, cacao);
                break;
            case ParallelStep parallel:
                Parallel(parallel, cacao);
                break;
            case WhileStep loop:
                While(loop, cacao);
                break;
            case ForeachStep loop:
                Foreach(loop, cacao);
                break;
            default:
                Standalone(step, cacao);
                break;
        }

        if (step.Timeout is { } timeout)
        {
            cacao["timeout"] = DurationText.ToMilliseconds(timeout);
        }

        if (step.Retry is { } retry)
        {
            context.Extension(cacao)["retry"] = Retry(retry);
        }

        Link(step, next, cacao);
    }

    /// <summary>
    /// Where the flow goes on. Plain steps go on <c>on_completion</c>; <c>on_failure: continue</c> goes on either way;
    /// compensation steps are an <c>on_failure</c> chain that rejoins the next step (then continue) or ends (then fail).
    /// </summary>
    private void Link(Step step, string next, JsonObject cacao)
    {
        if (step.Compensation.Count > 0)
        {
            cacao["on_success"] = next;
            cacao["on_failure"] = step.OnFailure == OnFailure.Continue
                ? List(step.Compensation, next, ownEnd: false)
                : Branch(step.Compensation, $"{step.Id}/on_failure");
        }
        else if (step.OnFailure == OnFailure.Continue)
        {
            cacao["on_success"] = next;
            cacao["on_failure"] = next;
        }
        else
        {
            cacao["on_completion"] = next;
        }
    }

    /// <summary>A set or wait that can ride on the next step. One with a name or description of its own stands alone, so they are kept.</summary>
    private static bool Foldable(Step step) =>
        (step is SetStep || step is WaitStep { For: not null })
        && step.Name is null && step.Description is null
        && step.Guard is null && step.Timeout is null && step.Retry is null && step.Compensation.Count == 0 && step.OnFailure == OnFailure.Fail;

    /// <summary>
    /// What of the set and wait steps before a step can ride on it: one set, then one wait, right before it (import
    /// gives back exactly that order); the others stand alone.
    /// </summary>
    private static (List<Step> Fold, List<Step> Alone) Split(List<Step> pending)
    {
        var start = pending.Count;
        if (start > 0 && pending[start - 1] is WaitStep)
        {
            start--;
        }

        if (start > 0 && pending[start - 1] is SetStep)
        {
            start--;
        }

        return (pending[start..], pending[..start]);
    }

    /// <summary>A set step and a wait before a step become its <c>step_variables</c> and <c>delay</c>; their ids go in the extension.</summary>
    private void Attach(List<Step> prelude, string targetId)
    {
        var target = (JsonObject)context.Workflow[targetId]!;
        foreach (var step in prelude)
        {
            context.CacaoStepAt[Where(step)] = targetId;
            var (part, key) = step is SetStep ? ("variables", "variables_step") : ("delay", "delay_step");
            if (step.Id != $"{targetId}-{part}")
            {
                context.Extension(target)[key] = step.Id;
            }

            if (step is SetStep set)
            {
                if (target["step_variables"] is not JsonObject variables)
                {
                    variables = [];
                    target["step_variables"] = variables;
                }

                foreach (var (name, value) in set.Values)
                {
                    variables[VariableNames.ToCacao(name)] = Variable(value, Where(step));
                }
            }
            else if (step is WaitStep { For: { } duration })
            {
                target["delay"] = DurationText.ToMilliseconds(duration);
            }
        }
    }

    private JsonObject Variable(Playbooks.Templates.ValueTemplate value, string where)
    {
        var cacao = TemplateText.Value(context, value, where);
        var type = cacao switch
        {
            JsonObject => "dictionary",
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.ToJsonString().Contains('.', StringComparison.Ordinal) ? "float" : "integer",
            JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "bool",
            _ => "string",
        };
        return new JsonObject { ["type"] = type, ["value"] = TemplateText.AsText(cacao) };
    }

    private static JsonObject Retry(RetrySpec retry) => new()
    {
        ["attempts"] = retry.Attempts,
        ["delay"] = DurationText.FromMilliseconds(DurationText.ToMilliseconds(retry.Delay)),
        ["backoff"] = retry.Backoff.ToString().ToLowerInvariant(),
        ["on"] = new JsonArray(retry.On.Select(o => JsonValue.Create(o)).ToArray()),
    };

    private static string Where(Step step) => $"{step.Location.Line}:{step.Location.Column}";
}
