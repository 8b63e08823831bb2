using AgentSoar.Playbooks.Expressions.Syntax;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions;

public static class ExpressionParser
{
    /// <summary>Parses one expression. <paramref name="origin"/> is where its first character sits in the file.</summary>
    /// <remarks>
    /// Positions inside the text are <paramref name="origin"/> moved by the character offset; after a line break inside
    /// the text the column restarts at 1.
    /// </remarks>
    /// <exception cref="ExpressionException">The text is not a valid expression; the exception carries the position.</exception>
    public static Expression Parse(string text, SourceLocation origin, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        return Parse(text, TextLocator.From(text, origin), limits);
    }

    /// <summary>Parses text whose characters map to the file through <paramref name="locate"/> (quoted YAML scalars, escapes).</summary>
    internal static Expression Parse(string text, Locator locate, ExpressionLimits? limits = null) =>
        new ParsedExpression(text, Parser.Parse(text, locate, limits ?? ExpressionLimits.Default));
}
