using System.Diagnostics;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>One evaluation: the scope and the clock that enforces <see cref="ExpressionLimits.MaxEvaluationTime"/>.</summary>
internal sealed class EvalContext(ExpressionScope scope)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public ExpressionScope Scope { get; } = scope;

    public ExpressionLimits Limits => Scope.Limits;

    /// <summary>Called on every node: the language has no loops, so a node count bounds the checks needed.</summary>
    public void Tick(SourceLocation at)
    {
        if (Stopwatch.GetElapsedTime(_started) > Limits.MaxEvaluationTime)
        {
            throw new ExpressionException(
                $"evaluation took longer than the limit of {Limits.MaxEvaluationTime.TotalMilliseconds:0.###} ms", at);
        }
    }

    public TimeSpan Remaining => Limits.MaxEvaluationTime - Stopwatch.GetElapsedTime(_started);

    public StringValue String(string value, SourceLocation at) =>
        value.Length > Limits.MaxValueLength
            ? throw new ExpressionException($"the result would be {value.Length} characters long, over the limit of {Limits.MaxValueLength}", at)
            : new StringValue(value);
}
