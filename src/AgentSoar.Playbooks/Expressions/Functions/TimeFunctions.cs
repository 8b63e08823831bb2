using System.Globalization;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>duration, now, timestamp.</summary>
internal static class TimeFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("duration", 1, 1, Duration, (_, value) => value is StringValue s && !DurationText.TryParse(s.Value, out var _) ? DurationError(s.Value) : null),
        new("now", 0, 0, c => new TimestampValue(c.Context.Scope.Now ?? throw c.Error("no clock was given to this evaluation"))),
        new("timestamp", 1, 1, Timestamp, (_, value) => value is StringValue s && !TryParseTimestamp(s.Value, out var _) ? TimestampError(s.Value) : null),
    ];

    /// <summary>A string in the duration notation, or a number of seconds.</summary>
    private static ExprValue Duration(FunctionCall call)
    {
        try
        {
            return call[0] switch
            {
                NullValue => ExprValue.Null,
                DurationValue d => d,
                NumberValue n => new DurationValue(TimeSpan.FromTicks(checked((long)(n.Value * TimeSpan.TicksPerSecond)))),
                StringValue s when DurationText.TryParse(s.Value, out var d) => new DurationValue(d),
                StringValue s => throw call.Error(0, DurationError(s.Value)),
                var other => throw call.TypeError(0, "a string or a number of seconds", other),
            };
        }
        catch (OverflowException)
        {
            throw call.Error(0, "the duration is out of range");
        }
    }

    /// <summary>An ISO 8601 string, or a number of milliseconds since the Unix epoch (OCSF's <c>time</c>).</summary>
    private static ExprValue Timestamp(FunctionCall call)
    {
        try
        {
            return call[0] switch
            {
                NullValue => ExprValue.Null,
                TimestampValue t => t,
                NumberValue n => new TimestampValue(DateTimeOffset.FromUnixTimeMilliseconds(checked((long)n.Value))),
                StringValue s when TryParseTimestamp(s.Value, out var t) => new TimestampValue(t),
                StringValue s => throw call.Error(0, TimestampError(s.Value)),
                var other => throw call.TypeError(0, "a string or a number of milliseconds", other),
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw call.Error(0, "the timestamp is out of range");
        }
    }

    /// <summary>ISO 8601 only (date first); a zone-less time is UTC. DateTimeOffset.TryParse alone would also take "May 1".</summary>
    private static bool TryParseTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static string DurationError(string text) => $"invalid duration '{text}': expected {DurationText.Expected}";

    private static string TimestampError(string text) => $"invalid timestamp '{text}': expected ISO 8601, like 2024-05-01T12:00:00Z";
}
