using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

internal sealed class NegateNode(ExprNode operand, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [operand];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        return operand.Evaluate(context) switch
        {
            NumberValue n => new NumberValue(-n.Value),
            DurationValue d when d.Value != TimeSpan.MinValue => new DurationValue(-d.Value),
            var other => throw new ExpressionException($"cannot negate a {other.TypeName}", Location),
        };
    }
}
