using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.OpenC2;

/// <summary>What an action's input schema says about its inputs: their names, which are required, what text each takes.</summary>
internal sealed class ActionInputs
{
    private readonly JsonObject _properties;

    private ActionInputs(JsonObject properties, IReadOnlySet<string> required)
    {
        _properties = properties;
        Required = required;
    }

    public IReadOnlyList<string> Names => _properties.Select(p => p.Key).ToList();

    public IReadOnlySet<string> Required { get; }

    public static ActionInputs Read(JsonElement schema)
    {
        var node = schema.ValueKind == JsonValueKind.Object ? JsonNode.Parse(schema.GetRawText()) as JsonObject : null;
        var properties = node?["properties"] as JsonObject ?? [];
        var required = (node?["required"] as JsonArray ?? []).Select(r => r is JsonValue v && v.TryGetValue<string>(out var name) ? name : null).OfType<string>();
        return new ActionInputs(properties, required.ToHashSet(StringComparer.Ordinal));
    }

    public bool Has(string name) => _properties.ContainsKey(name);

    /// <summary>
    /// The input one value goes to: the only required input, or, with none required, the only input. Null (and why)
    /// when the schema does not decide it.
    /// </summary>
    public (string? Name, string? Why) Single() => (Required.Count, _properties.Count) switch
    {
        (1, _) => (Required.First(), null),
        (0, 1) => (_properties.First().Key, null),
        (0, 0) => (null, "it takes no inputs"),
        (0, _) => (null, $"it takes {_properties.Count} optional inputs ({string.Join(", ", Names)}) and none is required, so none is the one the target's value belongs to"),
        _ => (null, $"it requires {Required.Count} inputs ({string.Join(", ", Required.Order(StringComparer.Ordinal))}) and the target gives one value"),
    };

    /// <summary>Why <paramref name="value"/> does not fit input <paramref name="name"/>, or null when it does (or cannot be told: a variable).</summary>
    public string? Misfit(string name, JsonNode? value)
    {
        var schema = _properties[name] as JsonObject;
        var types = Types(schema);
        var kind = value?.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            _ => "null",
        };
        if (types.Count > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            return $"input '{name}' takes {string.Join(" or ", types)}, and the value is {kind}";
        }

        if (kind != "string" || value!.GetValue<string>() is not { } text || IsVariable(text))
        {
            return null;
        }

        if (IsAddress(schema) && !IPAddress.TryParse(text, out _))
        {
            return $"input '{name}' takes one IP address, and '{text}' is not one{(text.Contains('/', StringComparison.Ordinal) ? " (a range cannot be narrowed to one address without changing what is blocked)" : string.Empty)}";
        }

        if (schema?["pattern"] is JsonValue pattern && pattern.TryGetValue<string>(out var regex) && !Matches(regex, text))
        {
            return $"input '{name}' takes text matching {regex}, and '{text}' does not";
        }

        return null;
    }

    /// <summary>Whether input <paramref name="name"/> takes a duration written as AgentSoar writes them (<c>30s</c>, <c>1h</c>).</summary>
    public bool TakesDuration(string name) =>
        _properties[name] is JsonObject schema && Types(schema).Contains("string")
        && schema["pattern"] is JsonValue pattern && pattern.TryGetValue<string>(out var regex) && Matches(regex, "30s") && Matches(regex, "1h");

    /// <summary>Text that holds a variable (<c>__ip__:value</c>, <c>${{ inputs.ip }}</c>): what it will be is not known yet.</summary>
    public static bool IsVariable(string text) =>
        VariableNames.CacaoReference().IsMatch(text) || text.Contains(TemplateParser.Open, StringComparison.Ordinal);

    private static HashSet<string> Types(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var one) => [one],
        JsonArray many => many.Select(t => t?.ToString()).OfType<string>().Where(t => t != "null").ToHashSet(StringComparer.Ordinal),
        _ => [],
    };

    private static bool IsAddress(JsonObject? schema)
    {
        var formats = (schema?["anyOf"] as JsonArray ?? []).Select(a => a?["format"]?.ToString()).Append(schema?["format"]?.ToString()).OfType<string>().ToList();
        return formats.Count > 0 && formats.All(f => f is "ipv4" or "ipv6" or "ip");
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            // A pattern .NET cannot read (or that takes too long) decides nothing: the host checks the value when it runs.
            return true;
        }
    }
}
