using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Schemas;

/// <summary>
/// The schema documents of one folder, by their <c>$id</c> (or file address when they have none), so a <c>$ref</c>
/// in one file can be resolved to another exactly as a JSON Schema tool would.
/// </summary>
/// <remarks>
/// It also knows which documents are abstract bases (a document that other documents of its folder extend through
/// <c>allOf</c>/<c>$ref</c>, such as <c>commands/command-data.json</c>): see <see cref="FindConcrete"/>.
/// </remarks>
public sealed class JsonSchemaSet
{
    private readonly Dictionary<string, JsonNode> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Uri> _byRelativePath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bases = new(StringComparer.Ordinal);

    private JsonSchemaSet()
    {
    }

    /// <summary>Loads every <c>*.json</c> file under <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="JsonException">A file is not JSON.</exception>
    public static JsonSchemaSet LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var set = new JsonSchemaSet();
        var root = Path.GetFullPath(folder);
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = JsonNode.Parse(File.ReadAllText(file)) ?? throw new JsonException($"{file} is empty");
            var uri = document is JsonObject o && o["$id"]?.GetValue<string>() is { } id ? new Uri(id) : new Uri(file);
            set._documents[Key(uri)] = document;
            set._byRelativePath[Path.GetRelativePath(root, file).Replace('\\', '/')] = uri;
        }

        set.FindBases();
        return set;
    }

    /// <summary>
    /// The types a folder has a concrete document for: <c>commands</c> gives <c>bash</c>, <c>ssh</c>, … (the folder's
    /// abstract base, <c>command-data</c>, is not a type).
    /// </summary>
    public IReadOnlySet<string> TypesIn(string folder) => _byRelativePath
        .Where(p => p.Key.StartsWith(folder + "/", StringComparison.Ordinal) && !p.Key[(folder.Length + 1)..].Contains('/', StringComparison.Ordinal) && !IsBase(p.Value))
        .Select(p => Path.GetFileNameWithoutExtension(p.Key))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The address of a document by its path in the folder (<c>playbook.json</c>, <c>commands/bash.json</c>).</summary>
    public Uri? UriOf(string relativePath) => _byRelativePath.GetValueOrDefault(relativePath);

    /// <summary>The schema at <paramref name="uri"/>: a document, or a part of one named by a JSON pointer fragment.</summary>
    public JsonNode? Resolve(Uri uri)
    {
        if (!_documents.TryGetValue(Key(uri), out var node))
        {
            return null;
        }

        var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
        foreach (var token in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[name],
                JsonArray a when int.TryParse(name, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// When <paramref name="baseUri"/> is an abstract base, the document of its folder for the given type
    /// (<c>commands/command-data.json</c> and <c>ssh</c> give <c>commands/ssh.json</c>); null when there is none.
    /// </summary>
    public Uri? FindConcrete(Uri baseUri, string type)
    {
        var candidate = new Uri(baseUri, $"{Uri.EscapeDataString(type)}.json");
        return _documents.ContainsKey(Key(candidate)) && Key(candidate) != Key(baseUri) ? candidate : null;
    }

    public bool IsBase(Uri uri) => uri.Fragment.Length == 0 && _bases.Contains(Key(uri));

    /// <summary>The document part of an address, the key documents are kept by.</summary>
    public static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);

    /// <summary>The folder part of an address: documents in one folder extend the base of that folder.</summary>
    public static string Folder(Uri uri) => new Uri(uri, ".").GetLeftPart(UriPartial.Query);

    private void FindBases()
    {
        foreach (var (key, document) in _documents)
        {
            if (document is not JsonObject o || o["allOf"] is not JsonArray allOf)
            {
                continue;
            }

            var uri = new Uri(key);
            foreach (var part in allOf.OfType<JsonObject>())
            {
                if (part["$ref"]?.GetValue<string>() is { } reference
                    && new Uri(uri, reference) is var target
                    && target.Fragment.Length == 0
                    && Folder(target) == Folder(uri))
                {
                    _bases.Add(Key(target));
                }
            }
        }
    }
}
