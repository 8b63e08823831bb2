using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary><c>&amp;&amp;</c> and <c>||</c>: short-circuit on truthiness, always give a bool.</summary>
internal sealed class LogicalNode(bool isAnd, ExprNode left, ExprNode right, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [left, right];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var first = left.Evaluate(context).IsTruthy;
        if (first != isAnd)
        {
            return BoolValue.Of(first);
        }

        return BoolValue.Of(right.Evaluate(context).IsTruthy);
    }
}
