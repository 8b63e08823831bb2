using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Tests.Expressions;

/// <summary>Parses and evaluates test expressions. The origin sits at column 10 so that positions inside show.</summary>
internal static class Expr
{
    public static SourceLocation Origin { get; } = new("test.yaml", 3, 10);

    public static Expression Parse(string text, ExpressionLimits? limits = null) => ExpressionParser.Parse(text, Origin, limits);

    /// <summary>Evaluates with roots given as one JSON object: <c>{"alert": {...}, "steps": {...}}</c>.</summary>
    public static ExprValue Eval(string text, string roots = "{}", ExpressionLimits? limits = null, DateTimeOffset? now = null) =>
        Parse(text, limits).Evaluate(Scope(roots, limits, now));

    public static ExpressionScope Scope(string roots = "{}", ExpressionLimits? limits = null, DateTimeOffset? now = null)
    {
        var obj = JsonNode.Parse(roots)!.AsObject();
        var dictionary = obj.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);
        return new ExpressionScope(dictionary, limits, now);
    }

    public static ExpressionException ParseError(string text, ExpressionLimits? limits = null) =>
        Assert.Throws<ExpressionException>(() => Parse(text, limits));

    public static ExpressionException EvalError(string text, string roots = "{}", ExpressionLimits? limits = null) =>
        Assert.Throws<ExpressionException>(() => Eval(text, roots, limits));

    /// <summary>The column of the character at <paramref name="offset"/> in a test expression.</summary>
    public static int Column(int offset) => Origin.Column + offset;

    public static ExprValue Num(decimal n) => new NumberValue(n);

    public static ExprValue Str(string s) => new StringValue(s);
}
