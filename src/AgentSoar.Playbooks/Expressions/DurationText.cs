using System.Globalization;
using System.Text;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>
/// The duration notation of playbooks: a number and a unit, possibly several, largest unit first:
/// <c>500ms</c>, <c>10s</c>, <c>15m</c>, <c>24h</c>, <c>7d</c>, <c>1h30m</c>.
/// </summary>
public static class DurationText
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    public const string Expected = "a number and a unit (ms, s, m, h, d), largest unit first, like 500ms, 10s, 15m, 24h, 7d or 1h30m";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var pos = 0;
        var nextUnit = 0;
        long totalMs = 0;
        while (pos < text.Length)
        {
            var start = pos;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            var unitStart = pos;
            while (pos < text.Length && char.IsAsciiLetterLower(text[pos]))
            {
                pos++;
            }

            var unit = Array.FindIndex(Units, u => u.Unit.AsSpan().SequenceEqual(text.AsSpan(unitStart, pos - unitStart)));
            if (unitStart == start || unit < nextUnit
                || !long.TryParse(text.AsSpan(start, unitStart - start), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            try
            {
                totalMs = checked(totalMs + checked(amount * (long)Units[unit].Size.TotalMilliseconds));
            }
            catch (OverflowException)
            {
                return false;
            }

            nextUnit = unit + 1;
        }

        if (totalMs > (long)TimeSpan.MaxValue.TotalMilliseconds)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(totalMs);
        return true;
    }

    /// <summary>Formats in the same notation (<c>1h30m</c>; zero is <c>0s</c>; a negative duration gets a leading minus).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder(duration < TimeSpan.Zero ? "-" : string.Empty);
        var rest = duration == TimeSpan.MinValue ? TimeSpan.MaxValue : duration.Duration();
        foreach (var (unit, size) in Units)
        {
            var count = rest.Ticks / size.Ticks;
            if (count > 0)
            {
                text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= TimeSpan.FromTicks(count * size.Ticks);
            }
        }

        // Below a millisecond the notation has no unit; such durations only come out of arithmetic.
        return text.Length == (duration < TimeSpan.Zero ? 1 : 0) ? "0s" : text.ToString();
    }
}
