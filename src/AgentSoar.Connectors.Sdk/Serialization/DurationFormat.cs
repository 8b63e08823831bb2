using System.Globalization;
using System.Text;
using System.Xml;

namespace AgentSoar.Connectors.Sdk;

/// <summary>Reads and writes durations the way playbooks write them: <c>30s</c>, <c>15m</c>, <c>24h</c>, <c>1d12h</c>, <c>250ms</c>.</summary>
internal static class DurationFormat
{
    public const string Pattern = @"^(\d+(ms|d|h|m|s))+$|^P|^\d+\.?\d*:\d{2}:\d{2}";

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith('P'))
        {
            return TryParseIso(text, out value);
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
        }

        return TryParseUnits(text, out value);
    }

    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            return value.ToString("c", CultureInfo.InvariantCulture);
        }

        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        Append(text, value.Days, "d");
        Append(text, value.Hours, "h");
        Append(text, value.Minutes, "m");
        Append(text, value.Seconds, "s");
        Append(text, value.Milliseconds, "ms");
        return text.Length == 0 ? value.ToString("c", CultureInfo.InvariantCulture) : text.ToString();
    }

    private static void Append(StringBuilder text, int amount, string unit)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static bool TryParseIso(string text, out TimeSpan value)
    {
        try
        {
            value = XmlConvert.ToTimeSpan(text);
            return value >= TimeSpan.Zero;
        }
        catch (FormatException)
        {
            value = TimeSpan.Zero;
            return false;
        }
    }

    private static bool TryParseUnits(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var position = 0;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (position == start || !long.TryParse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unit = ReadUnit(text, ref position);
            if (unit == TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                value = checked(value + (unit * amount));
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        return true;
    }

    private static TimeSpan ReadUnit(string text, ref int position)
    {
        var rest = text.AsSpan(position);
        if (rest.StartsWith("ms", StringComparison.Ordinal))
        {
            position += 2;
            return TimeSpan.FromMilliseconds(1);
        }

        if (rest.IsEmpty)
        {
            return TimeSpan.Zero;
        }

        position++;
        return rest[0] switch
        {
            'd' => TimeSpan.FromDays(1),
            'h' => TimeSpan.FromHours(1),
            'm' => TimeSpan.FromMinutes(1),
            's' => TimeSpan.FromSeconds(1),
            _ => TimeSpan.Zero,
        };
    }
}
