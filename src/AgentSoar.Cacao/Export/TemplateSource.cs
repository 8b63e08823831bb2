using System.Text;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Templates;

namespace AgentSoar.Cacao.Export;

/// <summary>A template back in the form it is written in a playbook (<c>${{ expr }}</c> and all), for the AgentSoar extension.</summary>
internal static class TemplateSource
{
    public static JsonNode? Value(ValueTemplate template) => template switch
    {
        LiteralTemplate literal => literal.Value?.DeepClone(),
        ExpressionTemplate expression => Wrap(expression.Expression.Text),
        InterpolatedTemplate text => Interpolate(text, part => Wrap(part)),
        MapTemplate map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key, Value(e.Value)))),
        ListTemplate list => new JsonArray(list.Items.Select(Value).ToArray()),
        _ => null,
    };

    public static string Wrap(string expression) => $"{TemplateParser.Open} {expression} {TemplateParser.Close}";

    /// <summary>The literals of an interpolated template with each expression written by <paramref name="part"/>.</summary>
    public static string Interpolate(InterpolatedTemplate template, Func<string, string> part)
    {
        var text = new StringBuilder(template.Literals[0]);
        for (var i = 0; i < template.Parts.Count; i++)
        {
            text.Append(part(template.Parts[i].Text)).Append(template.Literals[i + 1]);
        }

        return text.ToString();
    }
}
