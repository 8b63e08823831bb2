using System.Globalization;

namespace AgentSoar.Console.Ui;

/// <summary>Times and durations as the pages print them: UTC, invariant, the same on every screen.</summary>
public static class Stamp
{
    /// <summary>For a <c>time</c> element's <c>datetime</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Text(DateTimeOffset? at) => at is { } value ? Text(value) : "—";

    /// <summary>Milliseconds under a second, seconds under a minute, then minutes and seconds.</summary>
    public static string Duration(double? ms) => ms switch
    {
        null => "",
        < 1000 => ms.Value.ToString("0", CultureInfo.InvariantCulture) + " ms",
        < 60_000 => (ms.Value / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s",
        _ => $"{(int)(ms.Value / 60_000)} min {(int)(ms.Value % 60_000 / 1000)} s",
    };
}
