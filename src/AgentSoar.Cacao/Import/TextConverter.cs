using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.Import;

/// <summary>
/// Turns CACAO text into AgentSoar text: variable references <c>__name__:value</c> become <c>${{ inputs.name }}</c>
/// (or <c>vars.name</c> for a step variable), and conditions become expressions.
/// </summary>
internal static partial class TextConverter
{
    /// <summary>Every string in a JSON value, with its variable references made expressions.</summary>
    public static JsonNode? Values(ImportContext context, JsonNode? value, string pointer) => value switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Values(context, p.Value, pointer)))),
        JsonArray a => new JsonArray(a.Select(item => Values(context, item, pointer)).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Text(context, v.GetValue<string>(), pointer)),
        _ => value?.DeepClone(),
    };

    /// <summary>Text with each reference to a known variable replaced by an interpolated expression.</summary>
    public static string Text(ImportContext context, string text, string pointer) =>
        VariableNames.CacaoReference().Replace(text, match => Path(context, match, pointer) is { } path ? $"{TemplateParser.Open} {path} {TemplateParser.Close}" : match.Value);

    /// <summary>
    /// A CACAO condition as an AgentSoar expression, or null when it is not one we can evaluate. CACAO says conditions
    /// are STIX patterns, but in practice they are comparisons of variables; those translate, a real STIX pattern
    /// (<c>[ipv4-addr:value = '…']</c>) does not.
    /// </summary>
    public static string? Condition(ImportContext context, string condition, string pointer)
    {
        if (TemplateParser.HasExpression(condition))
        {
            return Parses(condition) ? condition : null;
        }

        var replaced = VariableNames.CacaoReference().Replace(condition, match => Path(context, match, pointer) ?? match.Value);
        foreach (var candidate in new[] { replaced, Rewrite(replaced) })
        {
            var expression = $"{TemplateParser.Open} {candidate} {TemplateParser.Close}";
            if (Parses(expression))
            {
                return expression;
            }
        }

        return null;
    }

    private static string? Path(ImportContext context, Match match, string pointer)
    {
        var name = VariableNames.FromCacao(match.Groups[1].Value);
        if (context.Vars.Contains(name))
        {
            return $"vars.{name}";
        }

        if (context.Inputs.Contains(name))
        {
            return $"inputs.{name}";
        }

        context.Problems.Warning(pointer, $"'{match.Value}' names a variable that is not declared; it is kept as text");
        return null;
    }

    /// <summary>The spellings of STIX patterns that mean the same in AgentSoar expressions (<c>=</c>, <c>AND</c>, <c>OR</c>, <c>NOT</c>).</summary>
    private static string Rewrite(string condition)
    {
        var text = SingleEquals().Replace(condition, "==");
        text = Word("AND").Replace(text, "&&");
        text = Word("OR").Replace(text, "||");
        return Word("NOT").Replace(text, "!");
    }

    private static Regex Word(string word) => new($@"\b{word}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool Parses(string text)
    {
        try
        {
            _ = TemplateParser.Parse(text, SourceLocation.None);
            return true;
        }
        catch (ExpressionException)
        {
            return false;
        }
    }

    [GeneratedRegex("(?<![=!<>])=(?!=)")]
    private static partial Regex SingleEquals();
}
