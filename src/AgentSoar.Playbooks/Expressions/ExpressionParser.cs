using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions;

public static class ExpressionParser
{
    /// <summary>Parses one expression. <paramref name="origin"/> is where its first character sits in the file.</summary>
    /// <exception cref="ExpressionException">The text is not a valid expression; the exception carries the position.</exception>
    public static Expression Parse(string text, SourceLocation origin, ExpressionLimits? limits = null) => throw new NotImplementedException();
}
