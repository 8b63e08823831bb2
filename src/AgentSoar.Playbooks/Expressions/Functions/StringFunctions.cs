namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>lower, upper, trim, starts_with, ends_with, replace, split, join. Null in gives null (or false) out.</summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("lower", 1, 1, c => Map(c, s => s.ToLowerInvariant())),
        new("upper", 1, 1, c => Map(c, s => s.ToUpperInvariant())),
        new("trim", 1, 1, c => Map(c, s => s.Trim())),
        new("starts_with", 2, 2, c => BoolValue.Of(c.OptionalString(0) is { } s && s.StartsWith(c.String(1), StringComparison.Ordinal))),
        new("ends_with", 2, 2, c => BoolValue.Of(c.OptionalString(0) is { } s && s.EndsWith(c.String(1), StringComparison.Ordinal))),
        new("replace", 3, 3, Replace),
        new("split", 2, 2, Split),
        new("join", 1, 2, Join),
    ];

    private static ExprValue Map(FunctionCall call, Func<string, string> transform) =>
        call.OptionalString(0) is { } s ? new StringValue(transform(s)) : ExprValue.Null;

    private static ExprValue Replace(FunctionCall call)
    {
        var text = call.OptionalString(0);
        var old = call.String(1);
        var replacement = call.String(2);
        if (old.Length == 0)
        {
            throw call.Error(1, "the text to replace is empty");
        }

        if (text is null)
        {
            return ExprValue.Null;
        }

        // Check the size before building the string: nested replaces can grow it exponentially.
        var occurrences = (text.Length - text.Replace(old, string.Empty, StringComparison.Ordinal).Length) / old.Length;
        var length = text.Length + ((long)occurrences * (replacement.Length - old.Length));
        if (length > call.Context.Limits.MaxValueLength)
        {
            throw call.Error($"the result would be {length} characters long, over the limit of {call.Context.Limits.MaxValueLength}");
        }

        return new StringValue(text.Replace(old, replacement, StringComparison.Ordinal));
    }

    private static ExprValue Split(FunctionCall call)
    {
        var text = call.OptionalString(0);
        var separator = call.String(1);
        if (separator.Length == 0)
        {
            throw call.Error(1, "the separator is empty");
        }

        return text is null
            ? new ListValue([])
            : new ListValue(text.Split(separator).Select(p => (ExprValue)new StringValue(p)).ToList());
    }

    private static ExprValue Join(FunctionCall call)
    {
        var separator = call.Count > 1 ? call.String(1) : ",";
        return call[0] switch
        {
            NullValue => StringValue.Empty,
            // Null items are left out: a lookup that gave nothing has nothing to say in a summary.
            ListValue list => call.Result(string.Join(separator, list.Items.Where(i => i is not NullValue).Select(i => i.ToString()))),
            var other => throw call.TypeError(0, "a list", other),
        };
    }
}
