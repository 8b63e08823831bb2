namespace AgentSoar.Playbooks.Expressions;

/// <summary>A parsed expression (the AST root). Produced by <see cref="ExpressionParser"/>.</summary>
public abstract class Expression
{
    /// <summary>The text it was parsed from (without the <c>${{ }}</c>).</summary>
    public abstract string Text { get; }

    /// <summary>Dotted paths the expression reads, e.g. <c>alert.severity_id</c>, <c>steps.enrich.output.verdict</c>.</summary>
    public abstract IReadOnlyList<string> ReferencedPaths { get; }

    public abstract ExprValue Evaluate(ExpressionScope scope);
}
