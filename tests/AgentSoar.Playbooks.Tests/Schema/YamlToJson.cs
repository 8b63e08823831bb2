using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Loading;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>
/// A YAML document as the JSON an editor's schema check sees, with scalars typed the way the loader types them
/// (YAML 1.2 core schema), so <c>version: 3</c> is a number and <c>"3"</c> a string.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => YamlScalars.ToJson(scalar),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlMappingNode map => new JsonObject(map.Children.Select(e =>
            KeyValuePair.Create(((YamlScalarNode)e.Key).Value ?? string.Empty, Convert(e.Value)))),
        _ => throw new NotSupportedException($"unexpected YAML node {node.NodeType}"),
    };
}
