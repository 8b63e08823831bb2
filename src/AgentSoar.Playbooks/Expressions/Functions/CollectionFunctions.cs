using AgentSoar.Playbooks.Expressions.Nodes;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>length, contains, first, last: on strings, lists and maps; null counts as empty.</summary>
internal static class CollectionFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("length", 1, 1, Length),
        new("contains", 2, 2, c => BoolValue.Of(InNode.Contains(c[0], c[1]) ?? throw c.TypeError(0, "a string, list or map holding that type", c[0]))),
        new("first", 1, 1, c => Pick(c, items => items[0])),
        new("last", 1, 1, c => Pick(c, items => items[^1])),
    ];

    private static ExprValue Length(FunctionCall call) => new NumberValue(call[0] switch
    {
        NullValue => 0,
        StringValue s => s.Value.Length,
        ListValue l => l.Items.Count,
        MapValue m => m.Entries.Count,
        var other => throw call.TypeError(0, "a string, list or map", other),
    });

    private static ExprValue Pick(FunctionCall call, Func<IReadOnlyList<ExprValue>, ExprValue> pick) => call[0] switch
    {
        NullValue => ExprValue.Null,
        ListValue { Items.Count: 0 } => ExprValue.Null,
        ListValue l => pick(l.Items),
        var other => throw call.TypeError(0, "a list", other),
    };
}
