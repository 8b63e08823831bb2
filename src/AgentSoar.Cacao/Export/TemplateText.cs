using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao.Mapping;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.Export;

/// <summary>
/// A template as CACAO text: <c>${{ inputs.ip }}</c> becomes <c>__ip__:value</c>. An expression that reads anything
/// else (a step's output, the alert) has no CACAO form; it is kept as written, and reported.
/// </summary>
internal static partial class TemplateText
{
    public static JsonNode? Value(ExportContext context, ValueTemplate template, string where) => template switch
    {
        LiteralTemplate literal => literal.Value?.DeepClone(),
        ExpressionTemplate expression => JsonValue.Create(Part(context, expression.Expression.Text, where)),
        InterpolatedTemplate text => JsonValue.Create(TemplateSource.Interpolate(text, part => Part(context, part, where))),
        MapTemplate map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key, Value(context, e.Value, where)))),
        ListTemplate list => new JsonArray(list.Items.Select(i => Value(context, i, where)).ToArray()),
        _ => null,
    };

    /// <summary>A value as CACAO text (variables hold text): strings as they are, anything else as JSON.</summary>
    public static string String(ExportContext context, ValueTemplate template, string where) => AsText(Value(context, template, where));

    /// <summary>A CACAO value as text: a string as it is, anything else as JSON.</summary>
    public static string AsText(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? string.Empty;

    /// <summary>A condition: the expression itself, its variables written the CACAO way.</summary>
    public static string Condition(ExportContext context, ValueTemplate template, string where)
    {
        if (template is not ExpressionTemplate expression)
        {
            return String(context, template, where);
        }

        var text = VariableNames.AgentSoarReference().Replace(expression.Expression.Text, m => $"{VariableNames.ToCacao(m.Groups[2].Value)}:value");
        if (OtherRoot().IsMatch(text))
        {
            context.Problems.Warning(where, $"the condition '{expression.Expression.Text}' reads more than variables; it is written as it is, in AgentSoar's expression language, which a CACAO engine will not know");
        }

        return text;
    }

    private static string Part(ExportContext context, string expression, string where)
    {
        if (VariableOnly().Match(expression) is { Success: true } match)
        {
            return $"{VariableNames.ToCacao(match.Groups[2].Value)}:value";
        }

        context.Problems.Warning(where, $"'{expression}' reads more than a variable and has no CACAO form; it is kept as {TemplateSource.Wrap(expression)}");
        return TemplateSource.Wrap(expression);
    }

    [GeneratedRegex(@"^(inputs|vars)\.([a-z_][a-z0-9_]*)$")]
    private static partial Regex VariableOnly();

    [GeneratedRegex(@"(?<![\w.])(alert|steps|incident|run|loop)\.")]
    private static partial Regex OtherRoot();
}
