using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Maps each character of a scalar's value back to its index in the file, so an error inside an expression points at
/// the right column even in a quoted scalar with escapes, or one folded over several lines.
/// </summary>
internal static class ScalarPositions
{
    /// <summary>An array one longer than the value: entry i is the file index of value character i (the last is the end).</summary>
    public static int[] Map(string source, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        var map = new int[value.Length + 1];
        var end = (int)Math.Min(scalar.End.Index, source.Length);
        var pos = ContentStart(source, scalar, end);
        var i = 0;
        while (i < value.Length && pos < end)
        {
            if (scalar.Style == ScalarStyle.DoubleQuoted && source[pos] == '\\')
            {
                var (sourceLength, valueLength) = Escape(source, pos);
                for (var k = 0; k < valueLength && i < value.Length; k++)
                {
                    map[i++] = pos;
                }

                pos += sourceLength;
            }
            else if (source[pos] == value[i])
            {
                map[i++] = pos++;
            }
            else
            {
                // Not in the value: indentation, a folded line break, the second quote of '' in single quotes.
                pos++;
            }
        }

        for (; i <= value.Length; i++)
        {
            map[i] = Math.Max(Math.Min(pos, end - 1), 0);
        }

        return map;
    }

    private static int ContentStart(string source, YamlScalarNode scalar, int end)
    {
        var start = (int)scalar.Start.Index;
        return scalar.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => start + 1,

            // A block scalar's content starts on the line after its | or > header.
            ScalarStyle.Literal or ScalarStyle.Folded => Math.Min(source.IndexOf('\n', start) is var nl and >= 0 ? nl + 1 : end, end),
            _ => start,
        };
    }

    /// <summary>How many file characters a double-quoted escape takes, and how many value characters it makes.</summary>
    private static (int Source, int Value) Escape(string source, int backslash)
    {
        var kind = backslash + 1 < source.Length ? source[backslash + 1] : ' ';
        return kind switch
        {
            'x' => (4, 1),
            'u' => (6, 1),
            'U' => (10, IsAstral(source, backslash) ? 2 : 1),
            '\n' => (2, 0),
            '\r' => (backslash + 2 < source.Length && source[backslash + 2] == '\n' ? 3 : 2, 0),
            _ => (2, 1),
        };
    }

    private static bool IsAstral(string source, int backslash) =>
        backslash + 10 <= source.Length
        && int.TryParse(source.AsSpan(backslash + 2, 8), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
        && code > 0xFFFF;
}
