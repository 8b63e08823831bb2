using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgentSoar.Console.Ui;

/// <summary>Reads the loosely shaped JSON the Coordinator records (OCSF findings, plan decisions) without failing on a missing field.</summary>
public static class Json
{
    public static JsonElement? Path(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(this JsonElement element, params string[] path) => element.Path(path) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } other => other.GetRawText(),
        null => null,
    };

    public static IEnumerable<JsonElement> Items(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>A 0..1 confidence as a percentage.</summary>
    public static string Percent(this JsonElement element, params string[] path) =>
        element.Path(path) is { ValueKind: JsonValueKind.Number } n ? (n.GetDouble() * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Indented JSON for a pre block; empty for nothing.</summary>
    public static string Pretty(JsonElement? element) =>
        element is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } e
            ? JsonSerializer.Serialize(e, Indented)
            : string.Empty;

    // Shown as page text, which the renderer HTML-encodes itself: escaping '+' or quotes again would only garble it.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
