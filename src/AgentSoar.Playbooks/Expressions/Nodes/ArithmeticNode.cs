using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

internal sealed class ArithmeticNode(ArithmeticOperator op, string symbol, ExprNode left, ExprNode right, SourceLocation location)
    : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [left, right];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        try
        {
            return Arithmetic.Apply(op, a, b, context, Location)
                ?? throw new ExpressionException($"cannot apply '{symbol}' to {a.TypeName} and {b.TypeName}", Location);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ExpressionException($"'{symbol}' overflows: the result is out of range", Location);
        }
    }
}
