using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.Export;

/// <summary>The steps with branches: if, switch, parallel, while and foreach.</summary>
internal sealed partial class StepExporter
{
    private void If(IfStep step, JsonObject cacao)
    {
        cacao["condition"] = TemplateText.Condition(context, step.Condition, Where(step));
        cacao["on_true"] = Branch(step.Then, $"{step.Id}/then");
        if (step.Else.Count > 0)
        {
            cacao["on_false"] = Branch(step.Else, $"{step.Id}/else");
        }
    }

    private void Switch(SwitchStep step, JsonObject cacao)
    {
        // An empty text is what import makes of a switch-condition without a value; writing none gives that file back.
        if (step.Value is not LiteralTemplate { Value: JsonValue v } || v.ToString().Length > 0)
        {
            cacao["switch"] = TemplateText.Condition(context, step.Value, Where(step));
        }

        var cases = new JsonObject();
        foreach (var match in step.Cases)
        {
            cases[match.Match] = Branch(match.Steps, $"{step.Id}/case/{match.Match}");
        }

        if (step.Default.Count > 0)
        {
            if (cases.ContainsKey("default"))
            {
                context.Problems.Error(Where(step), $"step '{step.Id}' has a case named 'default' and default steps: in CACAO both are the case 'default'");
            }

            cases["default"] = Branch(step.Default, $"{step.Id}/default");
        }

        cacao["cases"] = cases;
    }

    private void Parallel(ParallelStep step, JsonObject cacao)
    {
        cacao["next_steps"] = new JsonArray(step.Lanes.Select(lane => JsonValue.Create(Branch(lane.Steps, $"{step.Id}/branch/{lane.Name}"))).ToArray());
        if (step.Join == JoinKind.Any)
        {
            context.Problems.Warning(Where(step), $"step '{step.Id}' joins on any branch; CACAO waits for all of them, so 'join: any' is kept only in the AgentSoar extension");
            context.Extension(cacao)["join"] = "any";
        }
    }

    private void While(WhileStep step, JsonObject cacao)
    {
        cacao["condition"] = TemplateText.Condition(context, step.Condition, Where(step));
        cacao["on_true"] = Branch(step.Do, $"{step.Id}/do");
        if (step.MaxIterations != WhileStep.DefaultMaxIterations)
        {
            context.Extension(cacao)["max_iterations"] = step.MaxIterations;
        }
    }

    /// <summary>CACAO has no loop over a list: a while-condition whose condition names the list, with the loop in the extension.</summary>
    private void Foreach(ForeachStep step, JsonObject cacao)
    {
        context.Problems.Warning(Where(step), $"step '{step.Id}' loops over a list, which CACAO cannot say: it is written as a while-condition, with the loop in the AgentSoar extension");
        cacao["condition"] = TemplateText.Condition(context, step.Items, Where(step));
        cacao["on_true"] = Branch(step.Do, $"{step.Id}/do");
        var extension = context.Extension(cacao);
        extension["kind"] = "foreach";
        extension["items"] = TemplateSource.Value(step.Items);
        extension["concurrency"] = step.Concurrency;
        extension["max_items"] = step.MaxItems;
    }
}
