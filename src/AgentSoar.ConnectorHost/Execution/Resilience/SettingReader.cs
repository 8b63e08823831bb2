using System.Globalization;

namespace AgentSoar.ConnectorHost.Execution.Resilience;

/// <summary>Reads typed values from one configuration section, adding an error that names the key for each bad one.</summary>
internal sealed class SettingReader(IConfigurationSection section, List<string> errors)
{
    public string Path => section.Path;

    public TimeSpan? Duration(string key, TimeSpan min, TimeSpan max, string range) =>
        Read<TimeSpan>(key, range, text => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null);

    public int? Whole(string key, int min, int max, string range) =>
        Read<int>(key, range, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null);

    public double? Ratio(string key) =>
        Read<double>(key, "a number above 0 and at most 1", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1 ? value : null);

    public bool? Flag(string key) =>
        Read<bool>(key, "true or false", text => bool.TryParse(text, out var value) ? value : null);

    /// <summary>A misspelt key would otherwise be ignored without a word.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var child in section.GetChildren().Where(child => !known.Contains(child.Key, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"{child.Path} is not a setting; {section.Path} takes {string.Join(", ", known)}.");
        }
    }

    public void Error(string key, string message) => errors.Add($"{section.Path}:{key} {message}.");

    private T? Read<T>(string key, string range, Func<string, T?> parse)
        where T : struct
    {
        if (section[key] is not { } text)
        {
            return null;
        }

        if (parse(text.Trim()) is { } value)
        {
            return value;
        }

        errors.Add($"{section.Path}:{key} must be {range}, not '{text}'.");
        return null;
    }
}
