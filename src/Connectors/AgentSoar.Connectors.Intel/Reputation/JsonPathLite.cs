using System.Globalization;
using System.Text.Json;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// A path into a JSON answer: property names separated by dots, each optionally followed by
/// <c>[n]</c> array indexes (<c>data.attributes.stats</c>, <c>results[0].verdict</c>); a leading
/// <c>$.</c> is allowed. Bounded to <see cref="MaxSteps"/> steps.
/// </summary>
internal static class JsonPathLite
{
    public const int MaxSteps = 32;

    /// <summary>A step: a property name, or an array index when <c>Name</c> is null.</summary>
    public static bool TryParse(string path, out IReadOnlyList<(string? Name, int Index)> steps)
    {
        var result = new List<(string?, int)>();
        steps = result;
        path = path.Trim();
        if (path.StartsWith("$.", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length == 0 || name.Any(c => c is '[' or ']' or '$' || char.IsWhiteSpace(c)))
            {
                return false;
            }

            result.Add((name, 0));
            var rest = bracket < 0 ? "" : part[bracket..];
            while (rest.Length > 0)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (rest[0] != '[' || close < 2 || !int.TryParse(rest.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return false;
                }

                result.Add((null, index));
                rest = rest[(close + 1)..];
            }

            if (result.Count > MaxSteps)
            {
                return false;
            }
        }

        return result.Count > 0;
    }

    /// <summary>The element at the path, or null when some step is missing or the value is JSON null.</summary>
    public static JsonElement? Find(JsonElement root, IReadOnlyList<(string? Name, int Index)> steps)
    {
        var current = root;
        foreach (var (name, index) in steps)
        {
            if (name is not null)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return null;
                }
            }
            else
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }
}
