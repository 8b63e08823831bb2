using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Intake.Json;
using AgentSoar.Intake.Ocsf;
using YamlDotNet.Core;

namespace AgentSoar.Intake.Mappings;

/// <summary>Reads a mapping file (YAML) into an <see cref="AlertMapping"/>, refusing unknown keys and naming the place of every problem.</summary>
internal sealed class MappingReader
{
    private const int MaxFileChars = 256 * 1024;

    // Set by the normaliser itself, or by the severity, attacks and observables sections.
    private static readonly HashSet<string> ReservedTargets =
    [
        "class_uid", "class_name", "category_uid", "category_name", "activity_id", "activity_name", "type_uid", "type_name",
        "severity_id", "severity", "raw_data", "observables", "finding_info.attacks", "metadata.version", "metadata.product.name", "metadata.product.vendor_name",
    ];

    private readonly string _source;

    private MappingReader(string source) => _source = source;

    public static AlertMapping Read(string yaml, string source)
    {
        var reader = new MappingReader(source);
        if (yaml.Length > MaxFileChars)
        {
            throw new MappingFileException(source, "$", $"larger than {MaxFileChars} characters");
        }

        JsonNode? root;
        try
        {
            root = YamlToJson.Convert(yaml);
        }
        catch (YamlException e)
        {
            throw new MappingFileException(source, $"line {e.Start.Line}, column {e.Start.Column}", e.InnerException?.Message ?? e.Message);
        }

        return reader.Mapping(root);
    }

    private AlertMapping Mapping(JsonNode? node)
    {
        var root = Object(node, "$", "name", "description", "match", "product", "fields", "severity", "attacks", "observables");
        var name = RequiredText(root["name"], "$.name");
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            throw Error("$.name", $"'{name}' must be lower-case letters, digits, '-' and '_'");
        }

        var product = Object(root["product"], "$.product", "name", "vendor_name");
        return new AlertMapping(name, OptionalText(root["description"], "$.description"), _source)
        {
            Match = List(root["match"], "$.match", Condition, required: true),
            Product = (RequiredText(product["name"], "$.product.name"), OptionalText(product["vendor_name"], "$.product.vendor_name")),
            Fields = Fields(root["fields"]),
            Severity = root["severity"] is null ? null : Severity(root["severity"], "$.severity"),
            Attacks = List(root["attacks"], "$.attacks", Attack, required: false),
            Observables = List(root["observables"], "$.observables", Observable, required: false),
        };
    }

    private MatchCondition Condition(JsonNode? node, string path)
    {
        var obj = Object(node, path, "exists", "equals", "any");
        if (obj.Count != 1)
        {
            throw Error(path, "a condition has exactly one of exists, equals, any");
        }

        if (obj["exists"] is { } exists)
        {
            return new MatchCondition(Path(exists, path + ".exists"), null, null, null);
        }

        if (obj["equals"] is { } equalsNode)
        {
            var equals = Object(equalsNode, path + ".equals", "path", "value");
            var value = AlertJson.ScalarText(equals["value"]) ?? throw Error(path + ".equals.value", "required: the value to compare with");
            return new MatchCondition(null, Path(equals["path"], path + ".equals.path"), value, null);
        }

        return new MatchCondition(null, null, null, List(obj["any"], path + ".any", Condition, required: true));
    }

    private List<(string, ValueSpec)> Fields(JsonNode? node)
    {
        var fields = new List<(string, ValueSpec)>();
        if (node is null)
        {
            return fields;
        }

        foreach (var (target, spec) in Object(node, "$.fields"))
        {
            var path = JsonPathText.Property("$.fields", target);
            if (target.Split('.').Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
            {
                throw Error(path, $"'{target}' is not an OCSF attribute path (lower-case names joined by dots)");
            }

            if (ReservedTargets.Any(r => target == r || target.StartsWith(r + ".", StringComparison.Ordinal)))
            {
                throw Error(path, $"'{target}' is set by the normaliser or by the product, severity, attacks or observables sections");
            }

            fields.Add((target, Value(spec, path)));
        }

        return fields;
    }

    private ValueSpec Value(JsonNode? node, string path)
    {
        var obj = Object(node, path, "from", "value", "default", "type");
        if ((obj["from"] is null) == (obj["value"] is null))
        {
            throw Error(path, "give either from (source paths) or value (a constant)");
        }

        var typeText = OptionalText(obj["type"], path + ".type") ?? "string";
        if (!Enum.TryParse<MappingValueType>(typeText, ignoreCase: true, out var type) || !typeText.All(char.IsAsciiLetterLower))
        {
            throw Error(path + ".type", $"'{typeText}' is not one of string, integer, number, boolean, time, list");
        }

        return new ValueSpec(obj["from"] is null ? [] : Paths(obj["from"], path + ".from"), obj["value"]?.DeepClone(), obj["default"]?.DeepClone(), type);
    }

    private SeverityMapping Severity(JsonNode? node, string path)
    {
        var obj = Object(node, path, "from", "values", "ranges", "default");
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (obj["values"] is { } valuesNode)
        {
            foreach (var (key, id) in Object(valuesNode, path + ".values"))
            {
                values[key] = SeverityId(id, JsonPathText.Property(path + ".values", key));
            }
        }

        var ranges = List(obj["ranges"], path + ".ranges", (n, p) =>
        {
            var range = Object(n, p, "min", "max", "id");
            return new SeverityRange(Number(range["min"], p + ".min"), Number(range["max"], p + ".max"), SeverityId(range["id"], p + ".id"));
        }, required: false);
        return new SeverityMapping(Paths(obj["from"], path + ".from"), values, ranges, obj["default"] is null ? null : SeverityId(obj["default"], path + ".default"));
    }

    private AttackMapping Attack(JsonNode? node, string path)
    {
        var obj = Object(node, path, "each", "techniques", "technique_names", "tactics");
        var techniques = obj["techniques"] is null ? [] : Paths(obj["techniques"], path + ".techniques");
        var tactics = obj["tactics"] is null ? [] : Paths(obj["tactics"], path + ".tactics");
        if (techniques.Count == 0 && tactics.Count == 0)
        {
            throw Error(path, "give techniques, tactics or both");
        }

        return new AttackMapping(
            obj["each"] is null ? null : Path(obj["each"], path + ".each"),
            techniques,
            obj["technique_names"] is null ? null : Path(obj["technique_names"], path + ".technique_names"),
            tactics);
    }

    private ObservableMapping Observable(JsonNode? node, string path)
    {
        var obj = Object(node, path, "from", "type", "name");
        var type = RequiredText(obj["type"], path + ".type");
        if (!ObservableKind.Names.TryGetValue(type, out var kind))
        {
            throw Error(path + ".type", $"'{type}' is not one of {string.Join(", ", ObservableKind.Names.Keys)}");
        }

        var from = Paths(obj["from"], path + ".from");
        var name = OptionalText(obj["name"], path + ".name") ?? from[0].Text;
        return new ObservableMapping(from, name, kind.TypeId, kind.Caption ?? ObservableType.Caption(kind.TypeId), type);
    }

    private List<SourcePath> Paths(JsonNode? node, string path) => node switch
    {
        JsonArray array when array.Count > 0 => array.Select((n, i) => Path(n, JsonPathText.Index(path, i))).ToList(),
        JsonArray => throw Error(path, "an empty list: give at least one source path"),
        _ => [Path(node, path)],
    };

    private SourcePath Path(JsonNode? node, string path)
    {
        var text = RequiredText(node, path);
        return SourcePath.TryParse(text, out var problem) ?? throw Error(path, problem ?? $"'{text}' is not a source path");
    }

    private List<T> List<T>(JsonNode? node, string path, Func<JsonNode?, string, T> item, bool required)
    {
        if (node is null && !required)
        {
            return [];
        }

        if (node is not JsonArray array || array.Count == 0)
        {
            throw Error(path, node is null ? "required: a list" : "expected a non-empty list");
        }

        return array.Select((n, i) => item(n, JsonPathText.Index(path, i))).ToList();
    }

    private JsonObject Object(JsonNode? node, string path, params string[] allowed)
    {
        if (node is not JsonObject obj)
        {
            throw Error(path, node is null ? "required: a mapping" : $"expected a mapping, found {AlertJson.Describe(node)}");
        }

        var unknown = allowed.Length == 0 ? null : obj.Select(p => p.Key).FirstOrDefault(k => !allowed.Contains(k));
        return unknown is null ? obj : throw Error(JsonPathText.Property(path, unknown), $"unknown key; expected one of {string.Join(", ", allowed)}");
    }

    private string RequiredText(JsonNode? node, string path) =>
        AlertJson.ScalarText(node) is { Length: > 0 } text ? text : throw Error(path, node is null ? "required: text" : "expected text");

    private string? OptionalText(JsonNode? node, string path) => node is null ? null : RequiredText(node, path);

    private double Number(JsonNode? node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : throw Error(path, "expected a number");

    private int SeverityId(JsonNode? node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var id) && OcsfSeverity.IsValid((int)id)
            ? (int)id
            : throw Error(path, "expected an OCSF severity_id (0-6 or 99)");

    private MappingFileException Error(string path, string message) => new(_source, path, message);
}
