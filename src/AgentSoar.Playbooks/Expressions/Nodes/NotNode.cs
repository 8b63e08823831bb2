using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

internal sealed class NotNode(ExprNode operand, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [operand];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        return BoolValue.Of(!operand.Evaluate(context).IsTruthy);
    }
}
