using AgentSoar.Playbooks.Expressions.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>The one implementation of <see cref="Expression"/>: a syntax tree and what was learnt while parsing it.</summary>
internal sealed class ParsedExpression : Expression
{
    private readonly ExprNode _root;

    public ParsedExpression(string text, ExprNode root)
    {
        Text = text.Trim();
        _root = root;
        Paths = PathCollector.Collect(root);
        ReferencedPaths = Paths.Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
    }

    public override string Text { get; }

    public override IReadOnlyList<string> ReferencedPaths { get; }

    /// <summary>The paths with positions, for the validator's messages.</summary>
    public IReadOnlyList<PathReference> Paths { get; }

    public override ExprValue Evaluate(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return _root.Evaluate(new EvalContext(scope));
    }
}
