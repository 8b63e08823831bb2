using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>default, to_string, to_number, to_json, from_json.</summary>
internal static class ConversionFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("default", 2, int.MaxValue, Default),
        new("to_string", 1, 1, c => c.Result(c[0].ToString())),
        new("to_number", 1, 1, ToNumber),
        new("to_json", 1, 1, c => c.Result(JsonText.Write(c[0].ToJson()))),
        new("from_json", 1, 1, FromJson),
    ];

    /// <summary>
    /// The first argument that holds something: not null, not empty text, not an empty list or map. False and 0 are
    /// values, not gaps, so they are kept. When every argument is empty, the last one.
    /// </summary>
    private static ExprValue Default(FunctionCall call)
    {
        for (var i = 0; i < call.Count; i++)
        {
            if (call[i] is not (NullValue or StringValue { Value.Length: 0 } or ListValue { Items.Count: 0 } or MapValue { Entries.Count: 0 }))
            {
                return call[i];
            }
        }

        return call[call.Count - 1];
    }

    /// <summary>Text that is not a number gives null rather than an error, so <c>default(to_number(x), 0)</c> works.</summary>
    private static ExprValue ToNumber(FunctionCall call) => call[0] switch
    {
        NumberValue n => n,
        BoolValue b => new NumberValue(b.Value ? 1 : 0),
        StringValue s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new NumberValue(d),
        StringValue or NullValue => ExprValue.Null,
        DurationValue d => new NumberValue(d.Value.Ticks / (decimal)TimeSpan.TicksPerSecond),
        var other => throw call.TypeError(0, "a string, number, bool or duration", other),
    };

    private static ExprValue FromJson(FunctionCall call)
    {
        if (call.OptionalString(0) is not { } text)
        {
            return ExprValue.Null;
        }

        try
        {
            return ExprValue.FromJson(JsonNode.Parse(text));
        }
        catch (JsonException e)
        {
            throw call.Error(0, $"invalid JSON: {e.Message}");
        }
    }
}
