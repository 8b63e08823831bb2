using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentSoar.Playbooks.Tests.Schema;

/// <summary>
/// Checks a document against the structural part of the playbook schema: <c>$ref</c>, <c>oneOf</c>, <c>type</c>, <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c>, <c>propertyNames</c>, <c>items</c>, <c>const</c>, <c>enum</c> and <c>pattern</c>.
/// </summary>
/// <remarks>
/// Not a validator (bounds and lengths are left out, and the loader is the judge of those): enough to see
/// that a playbook has the keys, kinds and patterns the schema promises editors, without a validator package.
/// </remarks>
internal static class SchemaShapeCheck
{
    public static IReadOnlyList<string> Problems(PlaybookSchema schema, JsonNode? document)
    {
        var problems = new List<string>();
        Check(schema, schema.Root, document, "$", problems);
        return problems;
    }

    private static void Check(PlaybookSchema schema, JsonObject node, JsonNode? instance, string path, List<string> problems)
    {
        node = schema.Resolve(node);
        if (node["oneOf"] is JsonArray choices)
        {
            var results = choices.Select(choice => Attempt(schema, choice!.AsObject(), instance, path)).ToList();
            if (results.Count(r => r.Count == 0) != 1)
            {
                problems.Add($"{path}: matches {results.Count(r => r.Count == 0)} of the {results.Count} choices");

                // The choice the document meant is the one whose required keys (a step's kind key) it has.
                problems.AddRange(results.OrderBy(r => r.Count(p => p.Contains(": missing '", StringComparison.Ordinal))).ThenBy(r => r.Count).First());
            }
        }

        if (node["type"] is { } type && !Fits(AllowedTypes(type), TypeOf(instance)))
        {
            problems.Add($"{path}: must be {string.Join(" or ", AllowedTypes(type))}, not {TypeOf(instance)}");
        }

        if (node["const"] is { } constant && !JsonNode.DeepEquals(constant, instance))
        {
            problems.Add($"{path}: must be {constant.ToJsonString()}");
        }

        if (node["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            problems.Add($"{path}: must be one of {values.ToJsonString()}");
        }

        if (node["pattern"] is JsonValue pattern && instance is JsonValue value && value.TryGetValue<string>(out var text)
            && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (instance is JsonObject map)
        {
            CheckMapping(schema, node, map, path, problems);
        }

        if (instance is JsonArray list && node["items"] is JsonObject items)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Check(schema, items, list[i], $"{path}[{i}]", problems);
            }
        }
    }

    private static void CheckMapping(PlaybookSchema schema, JsonObject node, JsonObject map, string path, List<string> problems)
    {
        problems.AddRange(PlaybookSchema.Strings(node, "required").Where(key => !map.ContainsKey(key)).Select(key => $"{path}: missing '{key}'"));
        foreach (var (key, value) in map)
        {
            if (node["propertyNames"] is JsonObject names)
            {
                Check(schema, names, JsonValue.Create(key), $"{path} key '{key}'", problems);
            }

            if (node["properties"]?[key] is JsonObject property)
            {
                Check(schema, property, value, $"{path}.{key}", problems);
            }
            else if (node["additionalProperties"] is JsonObject additional)
            {
                Check(schema, additional, value, $"{path}.{key}", problems);
            }
            else if (node["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                problems.Add($"{path}: unknown key '{key}'");
            }
        }
    }

    private static bool Fits(IReadOnlyList<string> allowed, string actual) =>
        allowed.Contains(actual) || (actual == "integer" && allowed.Contains("number"));

    private static IReadOnlyList<string> AllowedTypes(JsonNode type) =>
        type is JsonArray types ? types.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];

    /// <summary>The JSON Schema type of a value; whole numbers are <c>integer</c>, which <c>number</c> also admits.</summary>
    private static string TypeOf(JsonNode? instance) => instance switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<long>(out _) => "integer",
        _ => "number",
    };

    private static List<string> Attempt(PlaybookSchema schema, JsonObject choice, JsonNode? instance, string path)
    {
        var problems = new List<string>();
        Check(schema, choice, instance, path, problems);
        return problems;
    }
}
