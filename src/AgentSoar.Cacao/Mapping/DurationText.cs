using System.Globalization;
using System.Text;

namespace AgentSoar.Cacao.Mapping;

/// <summary>CACAO counts time in whole milliseconds; AgentSoar writes durations such as <c>1m30s</c>.</summary>
internal static class DurationText
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
}
