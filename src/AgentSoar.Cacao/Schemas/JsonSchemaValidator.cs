using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Schemas;

/// <summary>
/// A validator for the part of JSON Schema (draft 2020-12 semantics) that the CACAO 2.0 schemas use: <c>$ref</c>
/// across files, <c>type</c>, <c>enum</c>, <c>const</c>, <c>required</c>, <c>properties</c>, <c>patternProperties</c>,
/// <c>additionalProperties</c>, <c>unevaluatedProperties</c>, <c>items</c>, <c>minItems</c>, <c>minProperties</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>pattern</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>not</c> and
/// <c>if</c>/<c>then</c>/<c>else</c>. Annotations (<c>format</c>, <c>contentEncoding</c>, <c>default</c>, <c>description</c>)
/// are not assertions and are ignored; any other keyword is ignored too.
/// </summary>
/// <remarks>
/// No JSON Schema package can be installed here, hence this. One rule goes beyond the standard: a <c>$ref</c> from
/// outside a folder to that folder's abstract base (<c>commands/command-data.json</c>, <c>agent-target/agent-target.json</c>)
/// is checked against the document named by the instance's <c>type</c> (<c>commands/ssh.json</c>): a type with no
/// document of its own is an unknown type, which strict mode must refuse. And when that document extends the base,
/// the base's own <c>unevaluatedProperties: false</c> is not applied: it would refuse every type-specific property
/// (<c>command</c> of an ssh command), since in 2020-12 it only sees the base's properties; the extending document
/// has its own <c>unevaluatedProperties: false</c>, which sees both.
/// </remarks>
public sealed class JsonSchemaValidator(JsonSchemaSet schemas)
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="instance"/> against the schema document at <paramref name="relativePath"/>.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonNode? instance, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var uri = schemas.UriOf(relativePath) ?? throw new ArgumentException($"no schema {relativePath} in the folder", nameof(relativePath));
        return Check(instance, schemas.Resolve(uri)!, uri, string.Empty, 0).Errors;
    }

    private SchemaOutcome Check(JsonNode? instance, JsonNode schema, Uri baseUri, string pointer, int depth, bool extended = false)
    {
        var outcome = new SchemaOutcome();
        if (depth > MaxDepth)
        {
            outcome.Fail(pointer, "the schema nests too deep (a $ref cycle?)");
            return outcome;
        }

        if (schema is JsonValue boolean && boolean.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            if (boolean.GetValueKind() == JsonValueKind.False)
            {
                outcome.Fail(pointer, "no value is allowed here");
            }

            return outcome;
        }

        if (schema is not JsonObject keywords)
        {
            return outcome;
        }

        CheckReference(instance, keywords, baseUri, pointer, depth, outcome);
        SchemaAssertions.CheckValue(instance, keywords, pointer, outcome);
        CheckObject(instance, keywords, baseUri, pointer, depth, outcome);
        CheckItems(instance, keywords, baseUri, pointer, depth, outcome);
        CheckCombinators(instance, keywords, baseUri, pointer, depth, outcome);
        if (!extended)
        {
            CheckUnevaluated(instance, keywords, baseUri, pointer, depth, outcome);
        }

        return outcome;
    }

    private void CheckReference(JsonNode? instance, JsonObject keywords, Uri baseUri, string pointer, int depth, SchemaOutcome outcome)
    {
        if (keywords["$ref"]?.GetValue<string>() is not { } reference)
        {
            return;
        }

        var target = new Uri(baseUri, reference);
        if (schemas.IsBase(target)
            && JsonSchemaSet.Folder(target) != JsonSchemaSet.Folder(baseUri)
            && instance is JsonObject o
            && o["type"] is JsonValue typeValue
            && typeValue.GetValueKind() == JsonValueKind.String)
        {
            var type = typeValue.GetValue<string>();
            if (schemas.FindConcrete(target, type) is not { } concrete)
            {
                var folder = new Uri(JsonSchemaSet.Folder(target)).Segments[^1].TrimEnd('/');
                outcome.Fail(JsonPointer.Append(pointer, "type"), $"unknown {folder} type '{type}': the CACAO schemas have no {folder}/{type}.json");
                return;
            }

            target = concrete;
        }

        if (schemas.Resolve(target) is not { } resolved)
        {
            outcome.Fail(pointer, $"the schema refers to '{reference}', which is not in the schema folder");
            return;
        }

        // A base extended from its own folder is left open: its 'unevaluatedProperties: false' would refuse the
        // properties the extending document adds (a 2020-12 validator sees only the base's own), and the extending
        // document closes the object itself.
        var extended = schemas.IsBase(target) && JsonSchemaSet.Folder(target) == JsonSchemaSet.Folder(baseUri);
        outcome.Merge(Check(instance, resolved, target, pointer, depth + 1, extended));
    }

    private void CheckObject(JsonNode? instance, JsonObject keywords, Uri baseUri, string pointer, int depth, SchemaOutcome outcome)
    {
        if (instance is not JsonObject obj)
        {
            return;
        }

        foreach (var name in keywords["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                outcome.Fail(pointer, $"'{name}' is required");
            }
        }

        if (keywords["minProperties"] is JsonValue min && obj.Count < min.GetValue<int>())
        {
            outcome.Fail(pointer, $"needs at least {min.GetValue<int>()} entries");
        }

        var properties = keywords["properties"] as JsonObject;
        var patterns = keywords["patternProperties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            var at = JsonPointer.Append(pointer, name);
            var matched = false;
            if (properties?[name] is { } propertySchema)
            {
                matched = true;
                outcome.Merge(Check(value, propertySchema, baseUri, at, depth + 1), annotations: false);
            }

            foreach (var (pattern, patternSchema) in patterns ?? [])
            {
                if (Pattern(pattern).IsMatch(name))
                {
                    matched = true;
                    outcome.Merge(Check(value, patternSchema!, baseUri, at, depth + 1), annotations: false);
                }
            }

            if (!matched && keywords["additionalProperties"] is { } additional)
            {
                matched = true;
                var inner = Check(value, additional, baseUri, at, depth + 1);
                if (additional is JsonValue && !inner.Valid)
                {
                    outcome.Fail(at, $"unknown property '{name}'");
                }
                else
                {
                    outcome.Merge(inner, annotations: false);
                }
            }

            if (matched)
            {
                outcome.Evaluated.Add(name);
            }
        }
    }

    private void CheckItems(JsonNode? instance, JsonObject keywords, Uri baseUri, string pointer, int depth, SchemaOutcome outcome)
    {
        if (instance is not JsonArray array)
        {
            return;
        }

        if (keywords["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
        {
            outcome.Fail(pointer, $"needs at least {min.GetValue<int>()} items");
        }

        if (keywords["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                outcome.Merge(Check(array[i], items, baseUri, JsonPointer.Append(pointer, i), depth + 1), annotations: false);
            }
        }
    }

    private void CheckCombinators(JsonNode? instance, JsonObject keywords, Uri baseUri, string pointer, int depth, SchemaOutcome outcome)
    {
        foreach (var part in keywords["allOf"]?.AsArray() ?? [])
        {
            outcome.Merge(Check(instance, part!, baseUri, pointer, depth + 1));
        }

        if (keywords["anyOf"] is JsonArray anyOf)
        {
            var results = anyOf.Select(part => Check(instance, part!, baseUri, pointer, depth + 1)).ToList();
            foreach (var valid in results.Where(r => r.Valid))
            {
                outcome.Evaluated.UnionWith(valid.Evaluated);
            }

            if (!results.Exists(r => r.Valid))
            {
                outcome.Fail(pointer, "matches none of the allowed forms (anyOf)");
                outcome.Merge(results.MinBy(r => r.Errors.Count)!, annotations: false);
            }
        }

        if (keywords["oneOf"] is JsonArray oneOf)
        {
            var results = oneOf.Select(part => Check(instance, part!, baseUri, pointer, depth + 1)).ToList();
            var valid = results.Where(r => r.Valid).ToList();
            if (valid.Count == 1)
            {
                outcome.Evaluated.UnionWith(valid[0].Evaluated);
            }
            else if (valid.Count == 0)
            {
                outcome.Fail(pointer, "matches none of the allowed forms (oneOf)");
                outcome.Merge(results.MinBy(r => r.Errors.Count)!, annotations: false);
            }
            else
            {
                outcome.Fail(pointer, $"matches {valid.Count} of the forms where exactly one is allowed (oneOf)");
            }
        }

        if (keywords["not"] is { } not && Check(instance, not, baseUri, pointer, depth + 1).Valid)
        {
            outcome.Fail(pointer, $"must not match {Describe(not)}");
        }

        if (keywords["if"] is { } condition)
        {
            var test = Check(instance, condition, baseUri, pointer, depth + 1);
            var branch = test.Valid ? keywords["then"] : keywords["else"];
            if (test.Valid)
            {
                outcome.Evaluated.UnionWith(test.Evaluated);
            }

            if (branch is not null)
            {
                outcome.Merge(Check(instance, branch, baseUri, pointer, depth + 1));
            }
        }
    }

    private void CheckUnevaluated(JsonNode? instance, JsonObject keywords, Uri baseUri, string pointer, int depth, SchemaOutcome outcome)
    {
        if (instance is not JsonObject obj || keywords["unevaluatedProperties"] is not { } unevaluated)
        {
            return;
        }

        foreach (var (name, value) in obj.Where(p => !outcome.Evaluated.Contains(p.Key)).ToList())
        {
            var at = JsonPointer.Append(pointer, name);
            var inner = Check(value, unevaluated, baseUri, at, depth + 1);
            if (unevaluated is JsonValue && !inner.Valid)
            {
                outcome.Fail(at, $"unknown property '{name}'");
            }
            else
            {
                outcome.Merge(inner, annotations: false);
            }

            outcome.Evaluated.Add(name);
        }
    }

    /// <summary>Short words for a <c>not</c> schema in a message, such as "a schema that requires 'on_completion'".</summary>
    private static string Describe(JsonNode schema) =>
        schema is JsonObject { Count: 1 } o && o["anyOf"] is JsonArray parts
            ? "any of: " + string.Join(", ", parts.Select(p => p?["required"] is JsonArray r ? $"has '{string.Join("', '", r.Select(n => n!.GetValue<string>()))}'" : p?.ToJsonString()))
            : schema.ToJsonString();

    /// <summary>The regular expression of a <c>pattern</c> (ECMA-262 in the standard; the CACAO patterns mean the same in .NET).</summary>
    internal static Regex Pattern(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    internal static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
