using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Reads <c>inputs</c>: name → { type, required, from, default, description }.</summary>
internal static partial class InputReader
{
    public static IReadOnlyList<InputDefinition> Read(LoadContext context, YamlNode? node)
    {
        if (node is null || YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode map)
        {
            context.Error(node, $"'inputs' must be a mapping of input names, not {YamlScalars.Describe(node)}");
            return [];
        }

        var inputs = new List<InputDefinition>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                context.Error(key, $"input names must be names, not {YamlScalars.Describe(key)}");
                continue;
            }

            if (!NamePattern().IsMatch(name))
            {
                context.Error(key, $"input name '{name}' must be lower case letters, digits and '_', starting with a letter or '_'");
            }

            if (value is not YamlMappingNode definition)
            {
                context.Error(value, $"input '{name}' must be a mapping (type, required, from, default, description), not {YamlScalars.Describe(value)}");
                continue;
            }

            inputs.Add(ReadOne(context, name, context.Locate(key), new MappingReader(context, definition, $"input '{name}'", PlaybookKeys.Input)));
        }

        return inputs;
    }

    private static InputDefinition ReadOne(LoadContext context, string name, SourceLocation location, MappingReader input)
    {
        var type = input.Enum<InputType>("type") ?? InputType.Any;
        var defaultValue = input.Get("default") is { } node ? TemplateReader.ReadJson(context, node) : null;
        if (defaultValue is not null && TypeProblem(type, defaultValue) is { } problem)
        {
            context.Error(input.Get("default")!, $"the default of input '{name}' {problem}");
        }

        return new InputDefinition(
            name,
            type,
            input.Boolean("required") ?? false,
            defaultValue,
            input.Get("from") is { } from ? TemplateReader.Read(context, from) : null,
            input.String("description"),
            location);
    }

    /// <summary>Why a literal does not fit the input type, or null when it does.</summary>
    internal static string? TypeProblem(InputType type, JsonNode value)
    {
        var fits = type switch
        {
            InputType.Any => true,
            InputType.Number => value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
            InputType.Boolean => value is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            InputType.Ip => value is JsonValue v && v.TryGetValue<string>(out var s) && IpValue.TryParse(s, out _),
            InputType.Url => value is JsonValue v && v.TryGetValue<string>(out var s) && Uri.TryCreate(s, UriKind.Absolute, out _),
            InputType.List => value is JsonArray,
            InputType.Object => value is JsonObject,
            _ => value is JsonValue v && v.TryGetValue<string>(out _),
        };
        return fits ? null : $"must be {Expected(type)}, not {value.ToJsonString()}";
    }

    private static string Expected(InputType type) => type switch
    {
        InputType.Number => "a number",
        InputType.Boolean => "true or false",
        InputType.Ip => "an IP address",
        InputType.Url => "an absolute URL",
        InputType.List => "a list",
        InputType.Object => "a mapping",
        _ => "a string",
    };

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
