using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Reads step lists. The kind of a step follows from the one kind key it has (<see cref="PlaybookKeys.StepKinds"/>): a
/// step with <c>then</c> is an if-step (its <c>if</c> is the condition); on every other kind <c>if</c> is a guard.
/// </summary>
internal sealed partial class StepReader(LoadContext context)
{
    public StepRegistry Registry { get; } = new();

    /// <summary>Reads a list of steps; <paramref name="what"/> names it in messages (<c>steps</c>, <c>then</c>).</summary>
    public IReadOnlyList<Step> ReadList(YamlNode node, string what, bool allowEmpty = false)
    {
        if (node is not YamlSequenceNode list)
        {
            context.Error(node, $"'{what}' must be a list of steps, not {YamlScalars.Describe(node)}");
            return [];
        }

        if (list.Children.Count == 0 && !allowEmpty)
        {
            context.Error(node, $"'{what}' needs at least one step");
        }

        return list.Children.Select(ReadStep).OfType<Step>().ToList();
    }

    private Step? ReadStep(YamlNode node)
    {
        if (!context.Visit(node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            context.Error(node, $"a step must be a mapping with an id and an action (or if and then), not {YamlScalars.Describe(node)}");
            return null;
        }

        var step = new MappingReader(context, map, "a step", PlaybookKeys.Step);
        var id = ReadId(step);
        var label = id is null ? "this step" : $"step '{id}'";
        var kinds = PlaybookKeys.StepKinds.Where(step.Has).ToList();
        if (kinds.Contains("action"))
        {
            kinds.Remove("approval"); // beside an action, 'approval' is what that action asks for
        }

        Step? result = null;
        if (kinds.Count > 1)
        {
            context.Error(map, $"{label} has both '{kinds[0]}' and '{kinds[1]}': a step is one kind only ({KindList})");
        }
        else if (kinds.Count == 0)
        {
            context.Error(map, $"{label} says nothing to do: it needs one of {KindList}");
        }
        else
        {
            ReportMisplacedKeys(step, kinds[0], label);
            result = kinds[0] switch
            {
                "action" => ReadActionStep(step, id ?? string.Empty),
                "then" => ReadIfStep(step, id ?? string.Empty, label),
                "switch" => ReadSwitchStep(step, id ?? string.Empty, label),
                "set" => ReadSetStep(step, id ?? string.Empty, label),
                "wait" => ReadWaitStep(step, id ?? string.Empty, label),
                "foreach" => ReadForeachStep(step, id ?? string.Empty, label),
                "while" => ReadWhileStep(step, id ?? string.Empty, label),
                "playbook" => ReadPlaybookCallStep(step, id ?? string.Empty),
                "approval" => ReadApprovalStep(step, id ?? string.Empty, label),
                _ => ReadParallelStep(step, id ?? string.Empty, label),
            };
            result = result is null ? null : ReadCommon(step, result, label);
        }

        if (id is not null && result is null)
        {
            Registry.MarkBroken(id);
        }

        return id is null ? null : result;
    }

    private string? ReadId(MappingReader step)
    {
        var id = step.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        var at = context.Locate(step.Get("id")!);
        if (!StepIdPattern().IsMatch(id))
        {
            context.Error(at, $"step id '{id}' must be lower case letters, digits, '_' and '-', starting with a letter or '_'");
        }

        if (Registry.Declare(id, at) is { } first)
        {
            context.Error(at, $"duplicate step id '{id}': it is already used at {first}");
        }

        return id;
    }

    private IfStep ReadIfStep(MappingReader step, string id, string label)
    {
        var condition = step.Require("if") is { } node ? TemplateReader.Read(context, node) : new LiteralTemplate(step.Location, null);
        if (step.Get("if") is YamlMappingNode or YamlSequenceNode)
        {
            context.Error(step.Get("if")!, $"the condition of {label} must be an expression, not {YamlScalars.Describe(step.Get("if")!)}");
        }

        var then = ReadList(step.Get("then")!, "then");
        var otherwise = step.Get("else") is { } elseNode ? ReadList(elseNode, "else", allowEmpty: true) : [];
        return new IfStep(id, step.Location, condition, then, otherwise);
    }

    private void ReportMisplacedKeys(MappingReader step, string kind, string label)
    {
        foreach (var (key, owners) in PlaybookKeys.StepKeyOwners.Where(k => !k.Value.Contains(kind) && step.Has(k.Key)))
        {
            var ownerNames = string.Join(" and ", owners.Select(owner => owner == "then" ? "if-steps" : $"{owner} steps"));
            context.Error(step.KeyNode(key)!, $"'{key}' applies to {ownerNames}, not to {label}");
        }
    }

    private static string KindList => "action, if with then, switch, set, parallel, wait, foreach, while, playbook or approval";

    [GeneratedRegex("^[a-z_][a-z0-9_-]*$")]
    private static partial Regex StepIdPattern();
}
