using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>
/// <c>&lt; &lt;= &gt; &gt;=</c> on numbers, strings (ordinal), timestamps, durations and IP addresses.
/// A null on either side gives false, so a missing field never passes a threshold; other mixes are errors.
/// </summary>
internal sealed class ComparisonNode(ComparisonOperator op, string symbol, ExprNode left, ExprNode right, SourceLocation location)
    : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [left, right];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        if (a is NullValue || b is NullValue)
        {
            return BoolValue.False;
        }

        var order = ValueOrder.Compare(a, b)
            ?? throw new ExpressionException($"cannot compare {a.TypeName} with {b.TypeName} using '{symbol}'", Location);
        return BoolValue.Of(op switch
        {
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }
}
