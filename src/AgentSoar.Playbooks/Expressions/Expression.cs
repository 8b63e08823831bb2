namespace AgentSoar.Playbooks.Expressions;

/// <summary>A parsed expression (the AST root). Produced by <see cref="ExpressionParser"/>.</summary>
public abstract class Expression
{
    /// <summary>The text it was parsed from (without the <c>${{ }}</c>), trimmed.</summary>
    public abstract string Text { get; }

    /// <summary>
    /// Static paths the expression reads, in order of appearance: <c>alert.severity_id</c>, <c>steps.enrich.output.verdict</c>,
    /// <c>alert.observables[0].value</c>. A computed index ends the path (<c>alert.observables[i]</c> gives <c>alert.observables</c>).
    /// </summary>
    public abstract IReadOnlyList<string> ReferencedPaths { get; }

    /// <summary>Evaluates against a scope. Pure: no I/O, bounded by the scope's <see cref="ExpressionLimits"/>.</summary>
    /// <exception cref="ExpressionException">A type error, a bad argument or an exceeded limit, positioned in the file.</exception>
    public abstract ExprValue Evaluate(ExpressionScope scope);

    public override string ToString() => Text;
}
