using AgentSoar.Playbooks.Expressions.Functions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A call to a library function; <see cref="ExprNode.Location"/> is the function name.</summary>
internal sealed class CallNode(FunctionDefinition function, IReadOnlyList<ExprNode> arguments, IReadOnlyList<SourceLocation> argumentStarts, SourceLocation location)
    : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => arguments;

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var values = arguments.Select(a => a.Evaluate(context)).ToList();
        return function.Invoke(new FunctionCall(function.Name, values, argumentStarts, Location, context));
    }
}
