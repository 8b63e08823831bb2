using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A root name such as <c>alert</c> or <c>steps</c>; an unknown root reads as null.</summary>
internal sealed class RootNode(string name, SourceLocation location) : PathNode(location)
{
    public string Name { get; } = name;

    public override bool TryResolveJson(EvalContext context, out JsonNode? node)
    {
        node = context.Scope.Roots.TryGetValue(Name, out var root) ? root : null;
        return IsWalkable(node);
    }

    protected override ExprValue EvaluateOnValue(EvalContext context) =>
        ExprValue.FromJson(context.Scope.Roots.GetValueOrDefault(Name));
}
