using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The loops: <c>foreach</c> over a list and <c>while</c> a condition holds, both bounded.</summary>
internal sealed partial class StepReader
{
    private ForeachStep ReadForeachStep(MappingReader step, string id, string label)
    {
        // A plain list is fine (foreach: [a, b]); a mapping is not a list of anything.
        var itemsNode = step.Get("foreach")!;
        if (itemsNode is YamlMappingNode)
        {
            context.Error(itemsNode, $"the list of {label} must be a list or an expression giving one, not {YamlScalars.Describe(itemsNode)}");
        }

        var items = TemplateReader.Read(context, itemsNode);
        var concurrency = step.Integer("concurrency", min: 1) ?? 1;
        var maxItems = step.Integer("max_items", min: 1) ?? ForeachStep.DefaultMaxItems;
        if (maxItems > ForeachStep.MaxItemsLimit)
        {
            context.Error(step.Get("max_items")!, $"'max_items' of {label} is {maxItems}; a foreach takes at most {ForeachStep.MaxItemsLimit} items");
        }

        return new ForeachStep(id, step.Location, items, concurrency, maxItems, ReadBody(step, label));
    }

    private WhileStep ReadWhileStep(MappingReader step, string id, string label)
    {
        var condition = ReadExpression(step, "while", $"the condition of {label}");
        var maxIterations = step.Integer("max_iterations", min: 1) ?? WhileStep.DefaultMaxIterations;
        if (maxIterations > WhileStep.MaxIterationsLimit)
        {
            context.Error(step.Get("max_iterations")!, $"'max_iterations' of {label} is {maxIterations}; a while loop runs at most {WhileStep.MaxIterationsLimit} times");
        }

        return new WhileStep(id, step.Location, condition, maxIterations, ReadBody(step, label));
    }

    private IReadOnlyList<Step> ReadBody(MappingReader step, string label) =>
        step.Require("do") is { } body ? ReadList(body, $"'do' of {label}") : [];

    /// <summary>A key whose value must be one expression (a condition, a list), not a mapping or a list.</summary>
    private ValueTemplate ReadExpression(MappingReader step, string key, string what)
    {
        var node = step.Get(key)!;
        if (node is YamlMappingNode or YamlSequenceNode)
        {
            context.Error(node, $"{what} must be an expression, not {YamlScalars.Describe(node)}");
        }

        return TemplateReader.Read(context, node);
    }
}
