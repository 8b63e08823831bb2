using System.Globalization;

namespace AgentSoar.Intake.Time;

/// <summary>
/// Turns the timestamps alerts carry into OCSF time (UTC epoch milliseconds): ISO 8601 with or without an
/// offset (<c>+00:00</c>, <c>+0000</c>, <c>Z</c>; none means UTC), and epoch numbers (below 10^11 read as
/// seconds, else as milliseconds).
/// </summary>
internal static class Timestamps
{
    private const double SecondsBelow = 1e11;

    public static bool TryParseMilliseconds(string? text, out long milliseconds)
    {
        milliseconds = 0;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t) || t.Length > 64)
        {
            return false;
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromNumber(number, out milliseconds);
        }

        if (DateTimeOffset.TryParse(WithColonOffset(t), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            milliseconds = parsed.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }

    public static bool TryFromNumber(double number, out long milliseconds)
    {
        milliseconds = 0;
        if (double.IsNaN(number) || number <= 0 || number > 1e14)
        {
            return false;
        }

        milliseconds = (long)(number < SecondsBelow ? number * 1000 : number);
        return true;
    }

    // .NET reads "+00:00" but not "+0000", which Wazuh and many syslog pipelines write.
    private static string WithColonOffset(string text)
    {
        var n = text.Length;
        return n > 5 && text[n - 5] is '+' or '-' && !text.AsSpan(n - 4).ContainsAnyExcept("0123456789") && text.Contains(':', StringComparison.Ordinal)
            ? string.Concat(text.AsSpan(0, n - 2), ":", text.AsSpan(n - 2))
            : text;
    }
}
