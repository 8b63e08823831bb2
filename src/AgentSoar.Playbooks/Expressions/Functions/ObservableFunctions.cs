namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>
/// has_observable, first_observable, observables: read <c>alert.observables</c> (OCSF) by type name.
/// Only observables with a value count, so <c>has_observable</c> is true exactly when <c>first_observable</c> is not null.
/// </summary>
internal static class ObservableFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("has_observable", 2, 2, c => BoolValue.Of(Values(c).Any()), CheckKind),
        new("first_observable", 2, 2, c => Values(c).FirstOrDefault() ?? ExprValue.Null, CheckKind),
        new("observables", 2, 2, c => new ListValue(Values(c).Distinct().ToList()), CheckKind),
    ];

    private static string? CheckKind(int index, ExprValue value) =>
        index == 1 && value is StringValue s && !ObservableKind.All.ContainsKey(s.Value) ? UnknownKind(s.Value) : null;

    private static IEnumerable<ExprValue> Values(FunctionCall call)
    {
        var name = call.String(1);
        var kind = ObservableKind.All.GetValueOrDefault(name) ?? throw call.Error(1, UnknownKind(name));
        var observables = call[0] switch
        {
            NullValue => [],
            MapValue alert => alert.Get("observables") is ListValue list ? list.Items : [],
            var other => throw call.TypeError(0, "an alert (a map)", other),
        };
        return observables
            .OfType<MapValue>()
            .Where(kind.Matches)
            .Select(o => o.Get("value"))
            .Where(v => v is not NullValue);
    }

    private static string UnknownKind(string name) => $"unknown observable type '{name}' (known: {ObservableKind.Names})";
}
