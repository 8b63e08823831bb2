using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

internal sealed class LiteralNode(ExprValue value, SourceLocation location) : ExprNode(location)
{
    public ExprValue Value { get; } = value;

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        return Value;
    }
}
