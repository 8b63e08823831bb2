using System.Globalization;

namespace AgentSoar.Intake.Json;

/// <summary>Builds JSON paths (<c>$.a.b[0]</c>, <c>$['odd key']</c>) for error messages.</summary>
internal static class JsonPathText
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The JSON path of a dotted source path (<c>rule.level</c> becomes <c>$.rule.level</c>).</summary>
    public static string OfDotted(string dotted) => dotted.Length == 0 ? Root : Root + "." + dotted;

    private static bool IsPlain(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@' or '#');
}
