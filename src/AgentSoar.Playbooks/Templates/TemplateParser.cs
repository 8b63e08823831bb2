using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Expressions.Syntax;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>Turns a string that may hold <c>${{ }}</c> into a template.</summary>
public static class TemplateParser
{
    public const string Open = "${{";

    public const string Close = "}}";

    /// <summary>
    /// Parses <paramref name="text"/>, which sits at <paramref name="origin"/> in the file: a string with no
    /// <c>${{</c> is a string literal, exactly one <c>${{ }}</c> is a typed expression, anything else interpolates.
    /// </summary>
    /// <exception cref="ExpressionException">An unterminated <c>${{</c> or an expression that does not parse.</exception>
    public static ValueTemplate Parse(string text, SourceLocation origin, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        return Parse(text, TextLocator.From(text, origin), origin, limits) ?? new LiteralTemplate(origin, JsonValue.Create(text));
    }

    /// <summary>True when the text holds an expression and so is not a literal.</summary>
    public static bool HasExpression(string text) => text.Contains(Open, StringComparison.Ordinal);

    /// <summary>The template, or null when the text holds no expression (the caller types the literal itself).</summary>
    internal static ValueTemplate? Parse(string text, Locator locate, SourceLocation location, ExpressionLimits? limits)
    {
        if (!HasExpression(text))
        {
            return null;
        }

        var (literals, bodies) = TemplateScanner.Split(text, locate);
        var parts = bodies
            .Select(b => ExpressionParser.Parse(text.Substring(b.Start, b.Length), offset => locate(b.Start + offset), limits))
            .ToList();
        if (parts.Count == 1 && string.IsNullOrWhiteSpace(literals[0]) && string.IsNullOrWhiteSpace(literals[1]))
        {
            return new ExpressionTemplate(location, parts[0]);
        }

        return new InterpolatedTemplate(location, literals, parts);
    }
}
