using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Turns YAML values into templates (or plain JSON), reporting expressions that do not parse.</summary>
internal static class TemplateReader
{
    public static ValueTemplate Read(LoadContext context, YamlNode node)
    {
        var location = context.Locate(node);
        if (!context.Visit(node))
        {
            return new LiteralTemplate(location, null);
        }

        switch (node)
        {
            case YamlScalarNode scalar when TemplateParser.HasExpression(scalar.Value ?? string.Empty):
                try
                {
                    var positions = ScalarPositions.Map(context.Source, scalar);
                    return TemplateParser.Parse(
                        scalar.Value!,
                        offset => context.LocateIndex(positions[Math.Clamp(offset, 0, positions.Length - 1)]),
                        location,
                        context.Limits)!;
                }
                catch (ExpressionException e)
                {
                    context.Error(e.Location, e.Message);
                    return new LiteralTemplate(location, null);
                }

            case YamlScalarNode scalar:
                return new LiteralTemplate(location, YamlScalars.ToJson(scalar));
            case YamlSequenceNode list:
                return new ListTemplate(location, list.Children.Select(item => Read(context, item)).ToList());
            case YamlMappingNode map:
                var entries = new Dictionary<string, ValueTemplate>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        entries[name] = Read(context, value);
                    }
                    else
                    {
                        context.Error(key, $"keys must be names, not {YamlScalars.Describe(key)}");
                    }
                }

                return new MapTemplate(location, entries);
            default:
                return new LiteralTemplate(location, null);
        }
    }

    /// <summary>The value as plain JSON (no expressions evaluated), for input defaults.</summary>
    public static JsonNode? ReadJson(LoadContext context, YamlNode node)
    {
        if (!context.Visit(node))
        {
            return null;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return YamlScalars.ToJson(scalar);
            case YamlSequenceNode list:
                return new JsonArray(list.Children.Select(item => ReadJson(context, item)).ToArray());
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        obj[name] = ReadJson(context, value);
                    }
                }

                return obj;
            default:
                return null;
        }
    }
}
