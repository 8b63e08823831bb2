using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A node of the expression tree. <see cref="Location"/> is where errors about this node point.</summary>
internal abstract class ExprNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public virtual IEnumerable<ExprNode> Children => [];

    public abstract ExprValue Evaluate(EvalContext context);
}
