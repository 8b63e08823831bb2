using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Reads the whole document into the model, reporting every problem it finds along the way.</summary>
internal static partial class PlaybookReader
{
    public const string ApiVersion = "agentsoar/v1";

    public static Playbook? Read(LoadContext context, YamlNode root, string contentHash)
    {
        if (root is not YamlMappingNode map)
        {
            context.Error(root, $"a playbook must be a mapping with apiVersion, kind, metadata and steps, not {YamlScalars.Describe(root)}");
            return null;
        }

        var top = new MappingReader(context, map, "the playbook", PlaybookKeys.TopLevel);
        if (top.String("apiVersion", required: true) is { } apiVersion && apiVersion != ApiVersion)
        {
            context.Error(top.Get("apiVersion")!, $"unsupported apiVersion '{apiVersion}': expected '{ApiVersion}'");
        }

        if (top.String("kind", required: true) is { } kind && kind != "Playbook")
        {
            context.Error(top.Get("kind")!, $"kind must be 'Playbook', not '{kind}'");
        }

        var metadata = top.Mapping("metadata", required: true) is { } metadataNode ? MetadataReader.Read(context, metadataNode) : null;
        var triggers = ReadTriggers(context, top.Get("triggers"));
        var inputs = InputReader.Read(context, top.Get("inputs"));
        var stepReader = new StepReader(context);
        var steps = top.Require("steps") is { } stepsNode ? stepReader.ReadList(stepsNode, "steps") : [];
        var outputs = ReadOutputs(context, top.Get("outputs"));

        if (context.Exhausted)
        {
            return null;
        }

        var variables = StepTree.Flatten(steps).OfType<SetStep>().SelectMany(s => s.Values.Keys).Distinct(StringComparer.Ordinal).ToList();
        var references = new ReferenceChecker(context, inputs.Select(i => i.Name).ToList(), stepReader.Registry, variables);
        foreach (var trigger in triggers)
        {
            references.CheckBeforeRun(trigger.Match, "a trigger");
        }

        foreach (var input in inputs)
        {
            references.CheckBeforeRun(input.From, $"the 'from' of input '{input.Name}'");
        }

        references.CheckSteps(steps);
        new UnreachableStepChecker(context).Check(steps);
        foreach (var output in outputs)
        {
            references.CheckAfterRun(output.Value);
        }

        return context.HasErrors || metadata is null
            ? null
            : new Playbook(ApiVersion, metadata, triggers, inputs, steps, outputs, context.File, contentHash);
    }

    private static List<Trigger> ReadTriggers(LoadContext context, YamlNode? node)
    {
        if (node is null || YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            context.Error(node, $"'triggers' must be a list of {{ match: ... }}, not {YamlScalars.Describe(node)}");
            return [];
        }

        var triggers = new List<Trigger>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                context.Error(item, $"a trigger must be a mapping with 'match', not {YamlScalars.Describe(item)}");
                continue;
            }

            var trigger = new MappingReader(context, map, "a trigger", PlaybookKeys.Trigger);
            if (trigger.Require("match") is { } match)
            {
                triggers.Add(new Trigger(TemplateReader.Read(context, match), context.Locate(item)));
            }
        }

        return triggers;
    }

    private static List<OutputDefinition> ReadOutputs(LoadContext context, YamlNode? node)
    {
        if (node is null || YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode map)
        {
            context.Error(node, $"'outputs' must be a mapping of output names, not {YamlScalars.Describe(node)}");
            return [];
        }

        var outputs = new List<OutputDefinition>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !NamePattern().IsMatch(name))
            {
                context.Error(key, "output names must be lower case letters, digits and '_', starting with a letter or '_'");
                continue;
            }

            outputs.Add(new OutputDefinition(name, TemplateReader.Read(context, value), context.Locate(key)));
        }

        return outputs;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
