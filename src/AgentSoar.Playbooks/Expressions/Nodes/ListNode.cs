using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A list literal, <c>['a', 'b']</c>: mostly the right side of <c>in</c>.</summary>
internal sealed class ListNode(IReadOnlyList<ExprNode> items, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => items;

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        return new ListValue(items.Select(i => i.Evaluate(context)).ToList());
    }
}
