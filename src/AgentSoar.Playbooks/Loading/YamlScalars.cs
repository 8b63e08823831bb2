using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Types YAML scalars by the YAML 1.2 core schema: a plain <c>3</c> is a number, <c>true</c> a bool, <c>null</c>/<c>~</c>/empty
/// null; anything quoted, a block scalar, or tagged <c>!!str</c> is a string.
/// </summary>
internal static partial class YamlScalars
{
    private const string CoreTag = "tag:yaml.org,2002:";

    public static JsonNode? ToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        if (tag is null && scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return (tag?.Replace(CoreTag, string.Empty, StringComparison.Ordinal)) switch
        {
            "str" => JsonValue.Create(text),
            null or "null" when NullPattern().IsMatch(text) => null,
            null or "bool" when BoolPattern().IsMatch(text) => JsonValue.Create(text.StartsWith('t') || text.StartsWith('T')),
            null or "int" or "float" when Number(text) is { } number => number,
            _ => JsonValue.Create(text),
        };
    }

    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && ToJson(scalar) is null;

    /// <summary>What a node is, for "must be X, not Y" messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => ToJson(scalar) switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<bool>(out _) => $"the boolean {scalar.Value}",
            JsonValue v when v.TryGetValue<string>(out _) => $"the string '{scalar.Value}'",
            _ => $"the number {scalar.Value}",
        },
        _ => "an unknown node",
    };

    private static JsonNode? Number(string text)
    {
        if (HexPattern().IsMatch(text))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? JsonValue.Create(hex) : null;
        }

        if (!NumberPattern().IsMatch(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null;
    }

    [GeneratedRegex("^(null|Null|NULL|~|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
