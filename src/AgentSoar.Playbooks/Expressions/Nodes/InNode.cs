using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary><c>x in y</c>: list membership, substring, or map key. Anything in null is false.</summary>
internal sealed class InNode(ExprNode left, ExprNode right, SourceLocation location) : ExprNode(location)
{
    public override IEnumerable<ExprNode> Children => [left, right];

    public override ExprValue Evaluate(EvalContext context)
    {
        context.Tick(Location);
        var needle = left.Evaluate(context);
        var haystack = right.Evaluate(context);
        return BoolValue.Of(Contains(haystack, needle)
            ?? throw new ExpressionException($"cannot look for a {needle.TypeName} in a {haystack.TypeName}", Location));
    }

    /// <summary>Shared with the <c>contains</c> function. Null when the pair makes no sense.</summary>
    public static bool? Contains(ExprValue haystack, ExprValue needle) => (haystack, needle) switch
    {
        (NullValue, _) => false,
        (ListValue list, _) => list.Items.Contains(needle),
        (StringValue s, StringValue sub) => s.Value.Contains(sub.Value, StringComparison.Ordinal),
        (StringValue, NullValue) => false,
        (MapValue map, StringValue key) => map.Entries.ContainsKey(key.Value),
        (MapValue, NullValue) => false,
        _ => null,
    };
}
