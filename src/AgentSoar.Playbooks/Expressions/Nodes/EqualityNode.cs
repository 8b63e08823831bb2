using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary><c>==</c> and <c>!=</c>: deep equality; values of different types are simply not equal.</summary>
internal sealed class EqualityNode(bool negate, ExprNode left, ExprNode right, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [left, right];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var equal = left.Evaluate(context).Equals(right.Evaluate(context));
        return BoolValue.Of(equal != negate);
    }
}
