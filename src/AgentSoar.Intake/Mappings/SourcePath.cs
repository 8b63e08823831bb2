using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentSoar.Intake.Mappings;

/// <summary>
/// A dotted path into the source alert: <c>rule.mitre.id</c>, <c>kibana.alert.rule.threat[].technique[].id</c>,
/// <c>data.list[0]</c>. Arrays met on the way are walked element by element (with or without <c>[]</c>);
/// a key that itself contains dots (<c>"kibana.alert.rule.name"</c> as one flattened key) is found too,
/// the longest such key first. The result is every value reached, arrays at the end flattened.
/// </summary>
public sealed class SourcePath
{
    private const int MaxResults = 1000;
    private readonly Segment[] _segments;

    private SourcePath(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Parses a path; null when it is malformed (<paramref name="problem"/> says why).</summary>
    /// <param name="text">The path.</param>
    /// <param name="problem">Why it is malformed.</param>
    /// <returns>The path, or null.</returns>
    public static SourcePath? TryParse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var segments = new List<Segment>();
        foreach (var part in text.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length == 0 || name.Length > 200)
            {
                problem = $"'{text}' has an empty name between dots";
                return null;
            }

            if (name.Contains(']', StringComparison.Ordinal))
            {
                problem = $"'{text}' has a stray bracket";
                return null;
            }

            segments.Add(new Segment(name, null, false));
            var rest = bracket < 0 ? string.Empty : part[bracket..];
            while (rest.Length > 0)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                var inside = close < 0 ? null : rest[1..close];
                if (rest[0] != '[' || inside is null)
                {
                    problem = $"'{text}' has an unclosed or stray bracket";
                    return null;
                }

                if (inside.Length == 0)
                {
                    segments.Add(new Segment(null, null, true));
                }
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    segments.Add(new Segment(null, index, false));
                }
                else
                {
                    problem = $"'{text}': '[{inside}]' is neither [] nor an index";
                    return null;
                }

                rest = rest[(close + 1)..];
            }
        }

        return segments.Count > 64 ? null : new SourcePath(text, [.. segments]);
    }

    /// <summary>Every value the path reaches in <paramref name="root"/>.</summary>
    /// <param name="root">The alert (or, for relative paths, the element being walked).</param>
    /// <returns>The values, nulls left out.</returns>
    public IReadOnlyList<JsonNode> Evaluate(JsonNode? root)
    {
        var results = new List<JsonNode>();
        Walk(root, 0, results);
        return results;
    }

    private void Walk(JsonNode? node, int at, List<JsonNode> results)
    {
        if (node is null || results.Count >= MaxResults)
        {
            return;
        }

        if (at == _segments.Length)
        {
            if (node is JsonArray end)
            {
                results.AddRange(end.OfType<JsonNode>().Take(MaxResults - results.Count));
            }
            else
            {
                results.Add(node);
            }

            return;
        }

        var segment = _segments[at];
        switch (node)
        {
            case JsonArray array when segment.Index is { } index:
                Walk(index < array.Count ? array[index] : null, at + 1, results);
                break;
            case JsonArray array:
                var next = segment.All ? at + 1 : at;
                foreach (var item in array)
                {
                    Walk(item, next, results);
                }

                break;
            case JsonObject obj when segment.Name is not null:
                WalkObject(obj, at, results);
                break;
            default:
                if (segment.All)
                {
                    Walk(node, at + 1, results);
                }

                break;
        }
    }

    private void WalkObject(JsonObject obj, int at, List<JsonNode> results)
    {
        // Names that follow one another can be one flattened key ("kibana.alert.rule.name"): longest first.
        var names = 0;
        while (at + names < _segments.Length && _segments[at + names].Name is not null)
        {
            names++;
        }

        for (var count = names; count >= 1; count--)
        {
            var key = count == 1 ? _segments[at].Name! : string.Join('.', _segments.Skip(at).Take(count).Select(s => s.Name));
            if (obj.TryGetPropertyValue(key, out var value) && value is not null)
            {
                Walk(value, at + count, results);
                return;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private sealed record Segment(string? Name, int? Index, bool All);
}
