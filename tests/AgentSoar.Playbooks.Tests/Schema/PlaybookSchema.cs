using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>
/// <c>schemas/playbook.schema.json</c>, read as plain JSON and navigated by path, following local <c>$ref</c>s on the
/// way: there is no JSON Schema validator among our packages, and comparing key sets needs none.
/// </summary>
internal sealed class PlaybookSchema
{
    private PlaybookSchema(JsonObject root) => Root = root;

    public static PlaybookSchema Instance { get; } = new(
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "playbook.schema.json")))!.AsObject());

    public JsonObject Root { get; }

    /// <summary>The node at <paramref name="path"/> below <paramref name="from"/>, each step taken after resolving <c>$ref</c>.</summary>
    public JsonObject At(JsonObject from, params string[] path)
    {
        JsonNode node = Resolve(from);
        foreach (var segment in path)
        {
            // A number indexes an array (oneOf/0); anything else names a property.
            var next = node is JsonArray array && int.TryParse(segment, CultureInfo.InvariantCulture, out var index) && index < array.Count ? array[index] : node[segment];
            node = next switch
            {
                JsonObject obj => Resolve(obj),
                JsonArray list => list,
                _ => throw new KeyNotFoundException($"no '{segment}' in {node.ToJsonString()}"),
            };
        }

        return node as JsonObject ?? throw new KeyNotFoundException($"{string.Join('/', path)} is not an object");
    }

    public JsonObject At(params string[] path) => At(Root, path);

    /// <summary>The node itself, or the one its <c>$ref</c> (a local JSON pointer) names, followed until there is none.</summary>
    public JsonObject Resolve(JsonObject node)
    {
        for (var hops = 0; node["$ref"] is JsonValue reference; hops++)
        {
            Assert.True(hops < 16, $"$ref loop at {reference}");
            node = Pointer(reference.GetValue<string>()) as JsonObject
                ?? throw new KeyNotFoundException($"$ref '{reference}' names nothing in the schema");
        }

        return node;
    }

    /// <summary>A local JSON pointer (<c>#/$defs/step</c>), or null when it names nothing.</summary>
    public JsonNode? Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = Root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node is JsonObject obj ? obj[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        }

        return node;
    }

    /// <summary>The step kinds: the <c>oneOf</c> of a step, resolved.</summary>
    public IReadOnlyList<JsonObject> StepKinds =>
        At("properties", "steps", "items")["oneOf"]!.AsArray().Select(kind => Resolve(kind!.AsObject())).ToList();

    public static IReadOnlySet<string> PropertyNames(JsonObject node) =>
        (node["properties"] as JsonObject)?.Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];

    public static IReadOnlyList<string> Strings(JsonObject node, string keyword) =>
        (node[keyword] as JsonArray)?.Select(v => v!.GetValue<string>()).ToList() ?? [];
}
