using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Mapping;

/// <summary>CACAO counts time in whole milliseconds; AgentSoar writes durations such as <c>1m30s</c>.</summary>
internal static partial class DurationText
{
    private static readonly (string Unit, long Milliseconds)[] Units =
        [("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)];

    public static string FromMilliseconds(long milliseconds)
    {
        if (milliseconds <= 0)
        {
            return "0ms";
        }

        var text = new StringBuilder();
        var rest = milliseconds;
        foreach (var (unit, size) in Units)
        {
            if (rest >= size)
            {
                text.Append((rest / size).ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest %= size;
            }
        }

        return text.ToString();
    }

    public static long ToMilliseconds(TimeSpan duration) => (long)duration.TotalMilliseconds;

    /// <summary>Milliseconds from text such as <c>1h30m</c> (the form <see cref="FromMilliseconds"/> writes), or null.</summary>
    public static long? ParseMilliseconds(string text)
    {
        var parts = Part().Matches(text);
        if (parts.Count == 0 || parts.Sum(p => p.Length) != text.Length)
        {
            return null;
        }

        long total = 0;
        foreach (Match part in parts)
        {
            var size = Units.First(u => u.Unit == part.Groups[2].Value).Milliseconds;
            if (!long.TryParse(part.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > long.MaxValue / size / 2)
            {
                return null;
            }

            total += count * size;
        }

        return total;
    }

    [GeneratedRegex("([0-9]+)(ms|d|h|m|s)")]
    private static partial Regex Part();
}
