using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The flow steps: <c>switch</c>, <c>set</c> and <c>parallel</c>.</summary>
internal sealed partial class StepReader
{
    private SwitchStep ReadSwitchStep(MappingReader step, string id, string label)
    {
        var valueNode = step.Get("switch")!;
        if (valueNode is YamlMappingNode or YamlSequenceNode)
        {
            context.Error(valueNode, $"the value of {label} must be an expression, not {YamlScalars.Describe(valueNode)}");
        }

        var value = TemplateReader.Read(context, valueNode);
        var cases = new List<SwitchCase>();
        if (step.Require("cases") is { } casesNode)
        {
            foreach (var (key, steps) in Entries(casesNode, $"the cases of {label}"))
            {
                if (cases.Any(c => c.Match == key.Value))
                {
                    context.Error(key, $"{label} has the case '{key.Value}' twice");
                }

                cases.Add(new SwitchCase(key.Value ?? string.Empty, ReadList(steps, $"case '{key.Value}'"), context.Locate(key)));
            }
        }

        var otherwise = step.Get("default") is { } defaultNode ? ReadList(defaultNode, "default", allowEmpty: true) : [];
        return new SwitchStep(id, step.Location, value, cases, otherwise);
    }

    private SetStep ReadSetStep(MappingReader step, string id, string label)
    {
        var values = new Dictionary<string, ValueTemplate>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(step.Get("set")!, $"the variables of {label}"))
        {
            if (!VariablePattern().IsMatch(key.Value ?? string.Empty))
            {
                context.Error(key, $"variable name '{key.Value}' must be lower case letters, digits and '_', starting with a letter or '_'");
            }

            values[key.Value ?? string.Empty] = TemplateReader.Read(context, value);
        }

        if (values.Count == 0)
        {
            context.Error(step.Get("set")!, $"{label} sets nothing: give it one or more 'name: value' pairs");
        }

        return new SetStep(id, step.Location, values);
    }

    private ParallelStep ReadParallelStep(MappingReader step, string id, string label)
    {
        var join = JoinKind.All;
        var lanes = new List<ParallelBranch>();
        if (step.Get("parallel") is YamlMappingNode map)
        {
            var parallel = new MappingReader(context, map, $"the parallel block of {label}", PlaybookKeys.Parallel);
            join = parallel.Enum<JoinKind>("join") ?? JoinKind.All;
            foreach (var (key, steps) in parallel.Require("branches") is { } branches ? Entries(branches, $"the branches of {label}") : [])
            {
                lanes.Add(new ParallelBranch(key.Value ?? string.Empty, ReadList(steps, $"branch '{key.Value}'"), context.Locate(key)));
            }

            if (lanes.Count < 2 && parallel.Get("branches") is { } branchesNode)
            {
                context.Error(branchesNode, $"{label} has {lanes.Count} branch(es): a parallel step needs two or more");
            }
        }
        else
        {
            context.Error(step.Get("parallel")!, $"'parallel' of {label} must be a mapping with 'join' and 'branches', not {YamlScalars.Describe(step.Get("parallel")!)}");
        }

        return new ParallelStep(id, step.Location, join, lanes);
    }

    private ValueTemplate? Guard(MappingReader step) => step.Get("if") is { } node ? TemplateReader.Read(context, node) : null;

    private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlNode node, string what)
    {
        if (node is not YamlMappingNode map)
        {
            context.Error(node, $"{what} must be a mapping, not {YamlScalars.Describe(node)}");
            return [];
        }

        var entries = new List<(YamlScalarNode, YamlNode)>();
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode scalar)
            {
                entries.Add((scalar, value));
            }
            else
            {
                context.Error(key, $"{what} must have plain names as keys");
            }
        }

        return entries;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex VariablePattern();
}
