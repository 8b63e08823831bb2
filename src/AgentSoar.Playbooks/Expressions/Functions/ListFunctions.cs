using AgentSoar.Playbooks.Expressions.Nodes;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>
/// Working with lists and maps without loops in the expression: unique, sort, slice, flatten, pluck (a field of
/// each item, a dotted key for a nested one), where (the items whose field equals a value), keys, values, sum,
/// min, max. Null counts as empty.
/// </summary>
internal static class ListFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("unique", 1, 1, c => new ListValue(Items(c, 0).Distinct().ToList())),
        new("sort", 1, 1, Sort),
        new("slice", 2, 3, Slice),
        new("flatten", 1, 1, c => new ListValue(Items(c, 0).SelectMany(i => i is ListValue inner ? inner.Items : [i]).ToList())),
        new("pluck", 2, 2, c => new ListValue(Items(c, 0).Select(i => Field(i, c.String(1))).ToList())),
        new("where", 3, 3, c => new ListValue(Items(c, 0).Where(i => Field(i, c.String(1)).Equals(c[2])).ToList())),
        new("keys", 1, 1, c => new ListValue(Map(c, 0).Keys.Order(StringComparer.Ordinal).Select(k => (ExprValue)c.Result(k)).ToList())),
        new("values", 1, 1, c => new ListValue(Map(c, 0).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value).ToList())),
        new("sum", 1, 1, Sum),
        new("min", 1, 1, c => Extreme(c, pickLower: true)),
        new("max", 1, 1, c => Extreme(c, pickLower: false)),
    ];

    private static IReadOnlyList<ExprValue> Items(FunctionCall call, int index) => call[index] switch
    {
        NullValue => [],
        ListValue list => list.Items,
        var other => throw call.TypeError(index, "a list", other),
    };

    private static IReadOnlyDictionary<string, ExprValue> Map(FunctionCall call, int index) => call[index] switch
    {
        NullValue => new Dictionary<string, ExprValue>(),
        MapValue map => map.Entries,
        var other => throw call.TypeError(index, "a map", other),
    };

    /// <summary>A field of an item; a dotted key (<c>outputs.look.verdict</c>) walks into nested maps.</summary>
    private static ExprValue Field(ExprValue item, string key)
    {
        foreach (var part in key.Split('.'))
        {
            item = item is MapValue map ? map.Get(part) : ExprValue.Null;
        }

        return item;
    }

    private static ExprValue Sort(FunctionCall call)
    {
        var items = Items(call, 0);
        var sorted = items.ToList();
        try
        {
            sorted.Sort((a, b) => ValueOrder.Compare(a, b) ?? throw call.Error(0, $"cannot order {a.TypeName} and {b.TypeName}: sort takes a list of one orderable type"));
        }
        catch (InvalidOperationException e) when (e.InnerException is ExpressionException inner)
        {
            throw inner; // List.Sort wraps what the comparison throws
        }

        return new ListValue(sorted);
    }

    /// <summary><c>slice(list, start, end?)</c>: from start up to (not including) end; negative counts from the end; out of range is clamped.</summary>
    private static ExprValue Slice(FunctionCall call)
    {
        var items = Items(call, 0);
        int Index(int argument, int fallback)
        {
            var value = call.ArgOrNull(argument) switch
            {
                NullValue => fallback,
                NumberValue n when n.Value == Math.Floor(n.Value) => (int)Math.Clamp(n.Value, -items.Count, items.Count),
                var other => throw call.TypeError(argument, "a whole number", other),
            };
            return value < 0 ? items.Count + value : value;
        }

        var start = Index(1, 0);
        var end = Index(2, items.Count);
        return new ListValue(end > start ? items.Skip(start).Take(end - start).ToList() : []);
    }

    private static ExprValue Sum(FunctionCall call)
    {
        try
        {
            return new NumberValue(Numbers(call).Sum());
        }
        catch (OverflowException)
        {
            throw call.Error("the sum is too large for a number");
        }
    }

    private static IEnumerable<decimal> Numbers(FunctionCall call) =>
        Items(call, 0).Select(i => i is NumberValue n ? n.Value : throw call.TypeError(0, "a list of numbers", i));

    private static ExprValue Extreme(FunctionCall call, bool pickLower)
    {
        var items = Items(call, 0);
        if (items.Count == 0)
        {
            return ExprValue.Null;
        }

        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            var order = ValueOrder.Compare(item, best) ?? throw call.Error(0, $"cannot order {item.TypeName} and {best.TypeName}");
            best = (pickLower ? order < 0 : order > 0) ? item : best;
        }

        return best;
    }
}
