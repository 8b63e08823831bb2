using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary><c>target.name</c>; <see cref="ExprNode.Location"/> is the name's position.</summary>
internal sealed class MemberNode(ExprNode target, string name, SourceLocation location) : PathNode(location)
{
    public ExprNode Target { get; } = target;

    public string Name { get; } = name;

    public override IEnumerable<ExprNode> Children => [Target];

    public override bool TryResolveJson(EvalContext context, out JsonNode? node)
    {
        node = null;
        if (Target is not PathNode path || !path.TryResolveJson(context, out var parent))
        {
            return false;
        }

        if (parent is JsonObject obj && obj.TryGetPropertyValue(Name, out var child))
        {
            node = child;
        }

        return IsWalkable(node);
    }

    protected override ExprValue EvaluateOnValue(EvalContext context) =>
        Target.Evaluate(context) is MapValue map ? map.Get(Name) : ExprValue.Null;
}
