using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>A typed expression value: null, bool, number, string, list, map, timestamp, duration or IP address.</summary>
/// <remarks>
/// Values compare by content (<see cref="object.Equals(object)"/>), and <see cref="object.ToString"/> gives the text a
/// value renders as inside an interpolated string (null renders as the empty string).
/// </remarks>
public abstract class ExprValue
{
    /// <summary>The null value.</summary>
    public static ExprValue Null => NullValue.Instance;

    /// <summary>The type's name as the language calls it in messages: null, bool, number, string, list, map, timestamp, duration, ip.</summary>
    public abstract string TypeName { get; }

    public abstract bool IsTruthy { get; }

    /// <summary>
    /// Converts JSON to a value. Strings stay strings (a timestamp or an IP inside JSON is text until a function
    /// such as <c>timestamp()</c> or <c>ip()</c> reads it as one).
    /// </summary>
    public static ExprValue FromJson(JsonNode? node) => node switch
    {
        null => NullValue.Instance,
        JsonObject obj => new MapValue(obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal)),
        JsonArray array => new ListValue(array.Select(FromJson).ToList()),
        JsonValue value => FromJsonValue(value),
        _ => NullValue.Instance,
    };

    public abstract JsonNode? ToJson();

    /// <summary>The text the value renders as in an interpolated string and in <c>to_string</c>.</summary>
    public abstract override string ToString();

    private static ExprValue FromJsonValue(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => BoolValue.True,
        JsonValueKind.False => BoolValue.False,
        JsonValueKind.String => new StringValue(value.TryGetValue<string>(out var s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString()) ?? string.Empty),
        JsonValueKind.Number => new NumberValue(ReadNumber(value)),

        // A JsonValue can wrap a JsonElement holding an object or array: read it as the container it is.
        JsonValueKind.Object or JsonValueKind.Array => FromJson(JsonNode.Parse(value.ToJsonString())),
        _ => NullValue.Instance,
    };

    private static decimal ReadNumber(JsonValue value)
    {
        if (value.TryGetValue<decimal>(out var exact))
        {
            return exact;
        }

        // A JsonValue built from a CLR double or long does not convert to decimal by itself: go through its text.
        var text = value.ToJsonString();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        // Beyond decimal's range (about 7.9e28): saturate rather than fail, no alert field needs that magnitude.
        var approx = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return approx > 0 ? decimal.MaxValue : decimal.MinValue;
    }
}
