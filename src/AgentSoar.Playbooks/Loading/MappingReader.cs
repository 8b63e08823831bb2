using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Reads one YAML mapping with a known set of keys. Unknown keys are reported when it is made (with a suggestion
/// when one is close); each accessor reports a missing or mistyped value and returns null, so reading goes on.
/// </summary>
internal sealed class MappingReader
{
    private readonly LoadContext _context;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public MappingReader(LoadContext context, YamlMappingNode node, string what, IReadOnlyCollection<string> knownKeys)
    {
        _context = context;
        Node = node;
        What = what;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                context.Error(key, $"keys in {what} must be names, not {YamlScalars.Describe(key)}");
                continue;
            }

            if (!knownKeys.Contains(name))
            {
                var hint = DidYouMean.Closest(name, knownKeys) is { } close
                    ? $"; did you mean '{close}'?"
                    : $" (expected {string.Join(", ", knownKeys)})";
                context.Error(key, $"unknown key '{name}' in {what}{hint}");
                continue;
            }

            _entries[name] = (scalar, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string What { get; }

    public SourceLocation Location => _context.Locate(Node);

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public YamlNode? Require(string key)
    {
        if (Get(key) is { } value)
        {
            return value;
        }

        _context.Error(Node, $"missing required key '{key}' in {What}");
        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlScalars.ToJson(scalar) is not null)
        {
            return scalar.Value;
        }

        _context.Error(node, $"'{key}' must be a string, not {YamlScalars.Describe(node)}");
        return null;
    }

    public int? Integer(string key, int min)
    {
        if (Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlScalars.ToJson(scalar) is JsonValue v && v.TryGetValue<long>(out var n) && n >= min && n <= int.MaxValue)
        {
            return (int)n;
        }

        _context.Error(node, $"'{key}' must be a whole number of at least {min}, not {YamlScalars.Describe(node)}");
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlScalars.ToJson(scalar) is JsonValue v && v.TryGetValue<bool>(out var b))
        {
            return b;
        }

        _context.Error(node, $"'{key}' must be true or false, not {YamlScalars.Describe(node)}");
        return null;
    }

    public TimeSpan? Duration(string key, bool allowZero = false)
    {
        if (Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && DurationText.TryParse(text, out var duration))
        {
            if (allowZero || duration > TimeSpan.Zero)
            {
                return duration;
            }

            _context.Error(node, $"'{key}' must be longer than 0s");
            return null;
        }

        _context.Error(node, $"'{key}' must be a duration, {DurationText.Expected}; not {YamlScalars.Describe(node)}");
        return null;
    }

    /// <summary>An enum member's name as playbooks write it: <c>YesNo</c> is <c>yes_no</c>.</summary>
    public static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>An enum written in lower case with underscores (<c>on_failure: continue</c>).</summary>
    public T? Enum<T>(string key)
        where T : struct, Enum
    {
        if (Get(key) is not { } node)
        {
            return null;
        }

        var names = System.Enum.GetValues<T>().ToDictionary(v => SnakeCase(v.ToString()), v => v, StringComparer.Ordinal);
        if (node is YamlScalarNode { Value: { } text } && names.TryGetValue(text, out var value))
        {
            return value;
        }

        _context.Error(node, $"'{key}' must be one of {string.Join(", ", names.Keys)}, not {YamlScalars.Describe(node)}");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        if (Get(key) is not { } node)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            _context.Error(node, $"'{key}' must be a list of strings, not {YamlScalars.Describe(node)}");
            return [];
        }

        var items = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } text } scalar && YamlScalars.ToJson(scalar) is not null)
            {
                items.Add(text);
            }
            else
            {
                _context.Error(item, $"items of '{key}' must be strings, not {YamlScalars.Describe(item)}");
            }
        }

        return items;
    }

    /// <summary>The value as a mapping, reported when it is something else.</summary>
    public YamlMappingNode? Mapping(string key, bool required = false)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        _context.Error(node, $"'{key}' must be a mapping, not {YamlScalars.Describe(node)}");
        return null;
    }
}
