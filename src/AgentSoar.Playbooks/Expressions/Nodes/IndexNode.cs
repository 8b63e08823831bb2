using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary><c>target[index]</c>: a list by integer (negative counts from the end) or a map by string key.</summary>
internal sealed class IndexNode(ExprNode target, ExprNode index, SourceLocation location) : PathNode(location)
{
    public ExprNode Target { get; } = target;

    public ExprNode Index { get; } = index;

    public override IEnumerable<ExprNode> Children => [Target, Index];

    public override bool TryResolveJson(EvalContext context, out JsonNode? node)
    {
        node = null;
        if (Target is not PathNode path || !path.TryResolveJson(context, out var parent))
        {
            return false;
        }

        var key = Index.Evaluate(context);
        node = (parent, key) switch
        {
            (JsonArray array, NumberValue n) when ListPosition(n, array.Count) is { } i => array[i],
            (JsonObject obj, StringValue s) when obj.TryGetPropertyValue(s.Value, out var child) => child,
            _ => null,
        };
        return IsWalkable(node);
    }

    protected override ExprValue EvaluateOnValue(EvalContext context)
    {
        var target = Target.Evaluate(context);
        var key = Index.Evaluate(context);
        return (target, key) switch
        {
            (ListValue list, NumberValue n) when ListPosition(n, list.Items.Count) is { } i => list.Items[i],
            (MapValue map, StringValue s) => map.Get(s.Value),
            _ => ExprValue.Null,
        };
    }

    private static int? ListPosition(NumberValue index, int count)
    {
        if (!index.IsInteger || index.Value >= count || index.Value < -count)
        {
            return null;
        }

        var i = (int)index.Value;
        return i < 0 ? count + i : i;
    }
}
