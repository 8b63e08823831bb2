using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A root name, a member or an index. Missing members and indices read as null.</summary>
internal abstract class PathNode(SourceLocation location) : ExprNode(location)
{
    /// <summary>
    /// Walks the scope's JSON directly when the whole chain starts at a root, so that reading
    /// <c>alert.severity_id</c> converts one number, not the whole alert.
    /// </summary>
    public abstract bool TryResolveJson(EvalContext context, out JsonNode? node);

    /// <summary>Reads this member or index from an already evaluated value (a chain that starts at a call or a literal).</summary>
    protected abstract ExprValue EvaluateOnValue(EvalContext context);

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        return TryResolveJson(context, out var node) ? ExprValue.FromJson(node) : EvaluateOnValue(context);
    }

    /// <summary>True when the node is JSON the walk can step into (a JsonValue wrapping an object is not).</summary>
    protected static bool IsWalkable(JsonNode? node) =>
        node is not JsonValue value || value.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Array);
}
